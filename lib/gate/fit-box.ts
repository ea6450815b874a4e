export type Size = { width: number; height: number };
export type ViewRect = { left: number; top: number; width: number; height: number };

/**
 * Where a box given in frame pixels ([x1, y1, x2, y2]) appears in an element showing the frame with
 * CSS object-fit contain (letterboxed) or cover (cropped, centred), in CSS pixels of that element.
 */
export function frameBoxToView(
  box: readonly [number, number, number, number],
  frame: Size,
  view: Size,
  fit: "contain" | "cover",
): ViewRect {
  const scaleX = view.width / frame.width;
  const scaleY = view.height / frame.height;
  const scale = fit === "contain" ? Math.min(scaleX, scaleY) : Math.max(scaleX, scaleY);
  const offsetX = (view.width - frame.width * scale) / 2;
  const offsetY = (view.height - frame.height * scale) / 2;
  const [x1, y1, x2, y2] = box;
  return { left: offsetX + x1 * scale, top: offsetY + y1 * scale, width: (x2 - x1) * scale, height: (y2 - y1) * scale };
}
