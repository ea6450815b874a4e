import { describe, expect, it } from "vitest";
import { detectorInputFor } from "./detector-input";

describe("detectorInputFor", () => {
  it("keeps the camera's aspect in multiples of 32 at about 640x360 pixels", () => {
    expect(detectorInputFor(1280, 720)).toEqual({ width: 640, height: 384 });
    expect(detectorInputFor(640, 480)).toEqual({ width: 576, height: 416 });
    expect(detectorInputFor(600, 600)).toEqual({ width: 480, height: 480 });
    expect(detectorInputFor(720, 1280)).toEqual({ width: 384, height: 640 });
  });

  it("keeps an extreme frame's input between one stride and 1024 a side", () => {
    expect(detectorInputFor(4000, 10)).toEqual({ width: 1024, height: 32 });
  });
});
