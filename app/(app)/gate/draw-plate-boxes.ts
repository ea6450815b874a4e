import { frameBoxToView } from "@/lib/gate/fit-box";
import type { Locale } from "@/lib/i18n/locale";
import { plateLabel } from "@/lib/gate/plate-label";
import type { FusedPlate } from "@/lib/gate/car-decision";

const COLOURS = { confident: "#10b981", unsure: "#f59e0b", unreadable: "#f43f5e" };

/**
 * Draws the plates of the last frame over the video (object-fit: contain), sized to the canvas's
 * CSS box at the screen's pixel density, each with its car's fused reading: green at the auto-submit
 * confidence, amber below, red unreadable.
 */
export function drawPlateBoxes(
  canvas: HTMLCanvasElement,
  frame: { plates: readonly FusedPlate[]; width: number; height: number },
  autoConfidence: number,
  locale: Locale,
): void {
  const { clientWidth: width, clientHeight: height } = canvas;
  const ratio = window.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
  }
  const context = canvas.getContext("2d");
  if (!context) return;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  canvas.dataset.plates = String(frame.plates.length);
  context.lineWidth = 3;
  context.font = `bold 16px ${getComputedStyle(canvas).fontFamily}`;
  context.textBaseline = "bottom";
  context.direction = "ltr";
  for (const plate of frame.plates) {
    const rect = frameBoxToView(plate.box, frame, { width, height }, "contain");
    const colour = plate.text === null ? COLOURS.unreadable : plate.confidence >= autoConfidence ? COLOURS.confident : COLOURS.unsure;
    context.strokeStyle = colour;
    context.strokeRect(rect.left, rect.top, rect.width, rect.height);
    const label = plateLabel(plate, locale);
    const labelWidth = context.measureText(label).width + 10;
    context.fillStyle = colour;
    context.fillRect(rect.left, rect.top - 22, labelWidth, 22);
    context.fillStyle = "#fff";
    context.fillText(label, rect.left + 5, rect.top - 3);
  }
}
