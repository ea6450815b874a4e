import { describe, expect, it } from "vitest";
import { frameBoxToView } from "./fit-box";

const frame = { width: 1280, height: 720 };
const box = [640, 360, 960, 540] as const;

describe("frameBoxToView", () => {
  it("maps straight through when the element has the frame's size", () => {
    expect(frameBoxToView(box, frame, frame, "contain")).toEqual({ left: 640, top: 360, width: 320, height: 180 });
  });

  it("letterboxes a wide frame in a tall element (contain)", () => {
    // 640 wide view: scale 0.5, frame drawn 640x360 centred in 640x800 → 220 px bands above and below.
    expect(frameBoxToView(box, frame, { width: 640, height: 800 }, "contain")).toEqual({ left: 320, top: 400, width: 160, height: 90 });
  });

  it("crops the sides of a wide frame in a tall element (cover)", () => {
    // scale 800/720; frame drawn 1422.2 wide centred in 640 → 391.1 px cut off on each side.
    const rect = frameBoxToView(box, frame, { width: 640, height: 800 }, "cover");
    const scale = 800 / 720;
    expect(rect.left).toBeCloseTo(640 * scale - (1280 * scale - 640) / 2);
    expect(rect.top).toBeCloseTo(400);
    expect(rect.width).toBeCloseTo(320 * scale);
  });
});
