/**
 * The stretch of time a dossier date value covers (`2024`, `2024-01`, `2024-01-24`, `2024-W29`, `2023-SU`,
 * `a/b`), as UTC milliseconds `[start, end)`: what the timeline draws and orders by.
 */
export interface Extent {
  start: number;
  end: number;
}

const DAY = 86_400_000;
const SEASON_MONTH: Record<string, number> = { SP: 2, SU: 5, FA: 8, WI: 11 };

function one(v: string): Extent | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) {
    const start = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
    return { start, end: start + DAY };
  }
  m = /^(\d{4})-W(\d{2})$/.exec(v);
  if (m) {
    // ISO week 1 is the week with the year's first Thursday
    const jan4 = Date.UTC(+m[1]!, 0, 4);
    const monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
    const start = monday1 + (+m[2]! - 1) * 7 * DAY;
    return { start, end: start + 7 * DAY };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(v);
  if (m) return { start: Date.UTC(+m[1]!, SEASON_MONTH[m[2]!]!, 1), end: Date.UTC(+m[1]!, SEASON_MONTH[m[2]!]! + 3, 1) };
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return { start: Date.UTC(+m[1]!, +m[2]! - 1, 1), end: Date.UTC(+m[1]!, +m[2]!, 1) };
  m = /^(\d{4})$/.exec(v);
  if (m) return { start: Date.UTC(+m[1]!, 0, 1), end: Date.UTC(+m[1]! + 1, 0, 1) };
  return null;
}

export function extentOf(value: string | null): Extent | null {
  if (!value) return null;
  const [a, b] = value.split('/');
  const from = one(a!);
  if (b === undefined) return from;
  const to = one(b);
  if (!from || !to || to.end < from.start) return from ?? to;
  return { start: from.start, end: to.end };
}

/** Orders by start; what has no date comes last. */
export function byExtent<T>(extent: (t: T) => Extent | null): (a: T, b: T) => number {
  return (a, b) => (extent(a)?.start ?? Infinity) - (extent(b)?.start ?? Infinity);
}
