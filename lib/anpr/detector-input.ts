/** The detector's input for a frame: multiples of 32 (its coarsest stride), in the frame's aspect. */
export type InputSize = { width: number; height: number };

/**
 * About 640×360 pixels of input whatever the camera: a 1280×720 frame is halved (a 416 square
 * shrank it to a third, and plates under ~150 px were lost), a 640×480 frame is scaled by 0.87
 * and a square photo by 0.8. The detector is fully convolutional, so any such size runs.
 */
export const DETECTOR_INPUT_AREA = 640 * 360;
const STRIDE = 32;
/** An odd frame (a panorama, a strip) is letterboxed into at most this side instead of growing the input. */
const MAX_SIDE = 1024;

export function detectorInputFor(width: number, height: number): InputSize {
  const scale = Math.sqrt(DETECTOR_INPUT_AREA / (width * height));
  const fit = (side: number) => Math.min(MAX_SIDE, Math.max(STRIDE, Math.ceil((side * scale) / STRIDE) * STRIDE));
  return { width: fit(width), height: fit(height) };
}
