/**
 * Most cars inside during a span: `inside` at its start, then entries (+1) and departures (-1) in
 * time order; at the same instant a departure is counted before an arrival, as the space is free again.
 * Times are either instants in ms or database text whose order is time order.
 */
export function peakDuring<T extends string | number>(inside: number, entries: T[], departures: T[]): { peak: number; atEnd: number } {
  let peak = inside;
  let i = 0;
  let j = 0;
  while (i < entries.length || j < departures.length) {
    if (j < departures.length && (i === entries.length || departures[j] <= entries[i])) {
      inside--;
      j++;
    } else {
      inside++;
      i++;
      peak = Math.max(peak, inside);
    }
  }
  return { peak, atEnd: inside };
}

export type HourOccupancy = { hour: number; average: number; peak: number };

const HOUR_MS = 3_600_000;

/**
 * Occupancy by hour of the lot's day: for each hour h (0–23) the most cars inside during
 * [h:00, h+1:00) on each day, then averaged over the days (one decimal) and the largest of them.
 * `inside` is the count when the first day starts; entries and departures are sorted instants (ms)
 * within the days. Hours that have not begun by `now` (the rest of today) are not counted: they
 * would pull the average down with cars that cannot be there yet. Linear in days × 24 plus the events.
 */
export function occupancyByHour(opts: {
  days: Array<{ start: Date; end: Date }>;
  inside: number;
  entries: number[];
  departures: number[];
  now?: number;
}): HourOccupancy[] {
  const sums = new Array<number>(24).fill(0);
  const peaks = new Array<number>(24).fill(0);
  const counts = new Array<number>(24).fill(0);
  let inside = opts.inside;
  let i = 0;
  let j = 0;
  for (const day of opts.days) {
    for (let hour = 0; hour < 24; hour++) {
      const start = day.start.getTime() + hour * HOUR_MS;
      // A 23-hour day (a daylight-saving change) has no 24th hour; a 25-hour one folds into 23:00.
      if (start >= day.end.getTime()) break;
      if (opts.now !== undefined && start >= opts.now) return result(sums, peaks, counts);
      const end = hour === 23 ? day.end.getTime() : Math.min(start + HOUR_MS, day.end.getTime());
      // As a day's figures count them: an entry at `end` belongs to the next hour, a departure to this one.
      const iEnd = upTo(opts.entries, i, (t) => t < end);
      const jEnd = upTo(opts.departures, j, (t) => t <= end);
      const span = peakDuring(inside, opts.entries.slice(i, iEnd), opts.departures.slice(j, jEnd));
      [inside, i, j] = [span.atEnd, iEnd, jEnd];
      sums[hour] += span.peak;
      peaks[hour] = Math.max(peaks[hour], span.peak);
      counts[hour]++;
    }
  }
  return result(sums, peaks, counts);
}

function result(sums: number[], peaks: number[], counts: number[]): HourOccupancy[] {
  return sums.map((sum, hour) => ({ hour, average: counts[hour] ? Math.round((sum / counts[hour]) * 10) / 10 : 0, peak: peaks[hour] }));
}

/** Index past the sorted times from `from` on that are still `inSpan`. */
function upTo(times: number[], from: number, inSpan: (time: number) => boolean): number {
  let k = from;
  while (k < times.length && inSpan(times[k])) k++;
  return k;
}
