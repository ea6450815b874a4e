import type { InputSize } from "./detector-input";
import type { Box, RgbImage } from "./rgb-image";
import { sampleToTensor } from "./sample-image";

/** Gray level of the padding, as in YOLO-style letterboxing (and ml/anpr/detector_data.py). */
export const LETTERBOX_FILL = 114;

/** The frame scaled to fit the input, centred: input = image * scale + pad. */
export type Letterbox = { input: InputSize; scale: number; padX: number; padY: number };

export function computeLetterbox(width: number, height: number, input: InputSize): Letterbox {
  const scale = Math.min(input.width / width, input.height / height);
  return { input, scale, padX: (input.width - width * scale) / 2, padY: (input.height - height * scale) / 2 };
}

export function letterboxToTensor(image: RgbImage, input: InputSize): { tensor: Float32Array; letterbox: Letterbox } {
  const letterbox = computeLetterbox(image.width, image.height, input);
  const { scale, padX, padY } = letterbox;
  const tensor = sampleToTensor(image, {
    width: input.width,
    height: input.height,
    mapping: { scaleX: 1 / scale, offsetX: -padX / scale, scaleY: 1 / scale, offsetY: -padY / scale },
    outside: { fill: LETTERBOX_FILL },
  });
  return { tensor, letterbox };
}

/** Maps a box from model-input pixels back to image pixels, clipped to the image. */
export function boxToImage(box: Box, letterbox: Letterbox, width: number, height: number): Box {
  const { scale, padX, padY } = letterbox;
  const clip = (value: number, max: number) => Math.min(Math.max(value, 0), max);
  return [
    clip((box[0] - padX) / scale, width),
    clip((box[1] - padY) / scale, height),
    clip((box[2] - padX) / scale, width),
    clip((box[3] - padY) / scale, height),
  ];
}
