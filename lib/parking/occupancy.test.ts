import { describe, expect, it } from "vitest";
import { occupancyByHour, peakDuring } from "./occupancy";

const H = 3_600_000;
const day = (n: number) => ({ start: new Date(n * 24 * H), end: new Date((n + 1) * 24 * H) });
const at = (dayIndex: number, hour: number, minute = 0) => (dayIndex * 24 + hour) * H + minute * 60_000;

describe("peakDuring", () => {
  it("frees the space before a car arrives at the same instant", () => {
    expect(peakDuring(1, [5], [5])).toEqual({ peak: 1, atEnd: 1 });
    expect(peakDuring(0, ["a", "b"], ["c"])).toEqual({ peak: 2, atEnd: 1 });
  });
});

describe("occupancyByHour", () => {
  it("averages each hour's most cars inside over the days and keeps the largest", () => {
    const hours = occupancyByHour({
      days: [day(0), day(1)],
      inside: 1, // in since before the range; leaves at 08:30 on the first day
      entries: [at(0, 9, 10), at(0, 9, 20), at(1, 9, 0)],
      departures: [at(0, 8, 30), at(0, 9, 15), at(0, 11, 0), at(1, 10, 0)],
    });
    expect(hours).toHaveLength(24);
    expect(hours[0]).toEqual({ hour: 0, average: 0.5, peak: 1 }); // day 0: 1, day 1: 0
    expect(hours[8]).toEqual({ hour: 8, average: 0.5, peak: 1 }); // day 0: 1 until 08:30, day 1: 0
    expect(hours[9]).toEqual({ hour: 9, average: 1, peak: 1 }); // day 0: +1 −1 +1, day 1: +1
    // A departure at 10:00 sharp is hour 9's: day 1 starts hour 10 empty.
    expect(hours[10]).toEqual({ hour: 10, average: 0.5, peak: 1 });
    expect(hours[11]).toEqual({ hour: 11, average: 0, peak: 0 });
  });

  it("is zero everywhere for an empty range", () => {
    expect(occupancyByHour({ days: [day(0)], inside: 0, entries: [], departures: [] }).every((h) => h.average === 0 && h.peak === 0)).toBe(true);
  });

  it("leaves out the hours of today that have not begun yet", () => {
    // Four cars from 11:00 to 12:00 yesterday; today it is 10:30 and the lot is empty.
    const four = [at(0, 11), at(0, 11), at(0, 11), at(0, 11)];
    const leaving = [at(0, 12), at(0, 12), at(0, 12), at(0, 12)];
    const hours = occupancyByHour({ days: [day(0), day(1)], inside: 0, entries: four, departures: leaving, now: at(1, 10, 30) });
    // 11:00 today has not come: only yesterday's counts, not a zero for today.
    expect(hours[11]).toEqual({ hour: 11, average: 4, peak: 4 });
    // 10:00 has begun today: both days count.
    expect(hours[10]).toEqual({ hour: 10, average: 0, peak: 0 });
    const withoutNow = occupancyByHour({ days: [day(0), day(1)], inside: 0, entries: four, departures: leaving });
    expect(withoutNow[11].average).toBe(2);
  });
});
