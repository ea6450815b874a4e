import { dateTimeFormat } from "@/lib/i18n/date-time-format";
/** The lot's local day; Iran has kept UTC+03:30 all year since 2022, but the zone is configurable. */
const DEFAULT_TIME_ZONE = "Asia/Tehran";

function zoneOffsetMs(instant: Date, timeZone: string): number {
  const parts = dateTimeFormat("en-US", {
    timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant.getTime() / 1000) * 1000;
}

/** The UTC instant at which the zone's wall clock shows `wallMs` (two passes settle DST edges). */
function wallToInstant(wallMs: number, timeZone: string): Date {
  const guess = wallMs - zoneOffsetMs(new Date(wallMs), timeZone);
  return new Date(wallMs - zoneOffsetMs(new Date(guess), timeZone));
}

/** [start, end) of the local calendar day that contains `now`, as UTC instants. */
export function localDayRange(now: Date, timeZone: string = DEFAULT_TIME_ZONE): { start: Date; end: Date } {
  const local = new Date(now.getTime() + zoneOffsetMs(now, timeZone));
  const midnightWall = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
  return { start: wallToInstant(midnightWall, timeZone), end: wallToInstant(midnightWall + 86_400_000, timeZone) };
}
