import { describe, expect, it } from "vitest";
import { judgeCar, summariseCars } from "./car-outcome";

const CAR = { plate: "12ب345-67", otherPlates: ["88د111-22"] };

describe("judging a car by its auto-submissions", () => {
  it("leaves it for a tap when nothing was sent", () => {
    expect(judgeCar([], CAR)).toMatchObject({ outcome: "tap", frames: null, virtualMs: null, secondPlate: null });
  });

  it("counts the first submission: right, after its frame number and 40 ms a frame", () => {
    expect(judgeCar([{ plate: CAR.plate, frame: 9 }], CAR)).toMatchObject({ outcome: "right", frames: 10, virtualMs: 360, otherCar: false });
  });

  it("calls a parked car's plate wrong, marked as the other car", () => {
    const judged = judgeCar([{ plate: "88د111-22", frame: 3 }, { plate: CAR.plate, frame: 20 }], CAR);
    expect(judged).toMatchObject({ outcome: "wrong", otherCar: true, submitted: "88د111-22", secondPlate: CAR.plate });
    expect(judgeCar([{ plate: "13ب345-67", frame: 3 }], CAR)).toMatchObject({ outcome: "wrong", otherCar: false });
  });

  it("reports a different plate sent later as a double registration, the same plate not", () => {
    expect(judgeCar([{ plate: CAR.plate, frame: 5 }, { plate: CAR.plate, frame: 40 }], CAR).secondPlate).toBeNull();
    expect(judgeCar([{ plate: CAR.plate, frame: 5 }, { plate: "13ب345-67", frame: 40 }], CAR).secondPlate).toBe("13ب345-67");
  });
});

describe("the headline", () => {
  it("gives the shares of cars and the medians", () => {
    const cars = [
      { ...judgeCar([{ plate: CAR.plate, frame: 9 }], CAR), frameMs: [10, 20] },
      { ...judgeCar([{ plate: CAR.plate, frame: 19 }], CAR), frameMs: [30] },
      { ...judgeCar([{ plate: "88د111-22", frame: 4 }], CAR), frameMs: [40] },
      { ...judgeCar([], CAR), frameMs: [50] },
    ];
    expect(summariseCars(cars)).toEqual({
      cars: 4,
      right: 2,
      wrong: 1,
      tap: 1,
      rightPct: 50,
      wrongPct: 25,
      tapPct: 25,
      otherCar: 1,
      doubleRegistrations: 0,
      medianFrames: 10,
      medianVirtualMs: 360,
      medianComputeMsPerFrame: 30,
    });
  });
});
