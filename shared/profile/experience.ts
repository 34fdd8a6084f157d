import type { Domain, WorkHistoryEntry } from './profile';

export interface ExperienceFilter {
  readonly domain?: Domain;
  /** Counts only positions tagged with this sub-specialty. */
  readonly subSpecialty?: string;
}

function monthIndex(yearMonth: string): number {
  const [year, month] = yearMonth.split('-').map(Number);
  return (year ?? 0) * 12 + (month ?? 1) - 1;
}

/**
 * Years of experience from the work history, counting overlapping positions once (two part-time
 * roles at the same time are not two years of experience). `today` is `YYYY-MM`; a current
 * position runs to it, inclusive of both the first and last month.
 */
export function yearsOfExperience(
  history: readonly WorkHistoryEntry[],
  today: string,
  filter: ExperienceFilter = {},
): number {
  const now = monthIndex(today);
  const intervals = history
    .filter((entry) => filter.domain === undefined || entry.domain === filter.domain)
    .filter(
      (entry) =>
        filter.subSpecialty === undefined || entry.subSpecialties.includes(filter.subSpecialty),
    )
    .map((entry) => [monthIndex(entry.start), Math.min(monthIndex(entry.end ?? today), now)])
    .filter(([start, end]) => start! <= end!)
    .sort((a, b) => a[0]! - b[0]!) as [number, number][];
  let months = 0;
  let coveredTo = -Infinity;
  for (const [start, end] of intervals) {
    const from = Math.max(start, coveredTo + 1);
    if (end >= from) months += end - from + 1;
    coveredTo = Math.max(coveredTo, end);
  }
  return Math.floor((months / 12) * 10) / 10;
}
