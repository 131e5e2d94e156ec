/** Error budgets: how much downtime an availability SLO allows over a window. */

export const MINUTES_PER_DAY = 24 * 60

// #region core
/** Allowed downtime (minutes) for an availability target over a window of `days`. */
export function allowedDowntimeMinutes(availability: number, days = 30): number {
  if (!(availability >= 0 && availability <= 1))
    throw new RangeError(`availability must be in [0, 1], got ${availability}`)
  const budget = 1 - availability // the error budget is what the SLO leaves over
  return budget * days * MINUTES_PER_DAY
}

/** "Nines" of an availability: 0.999 → 3. */
export function nines(availability: number): number {
  return -Math.log10(1 - availability)
}
// #endregion core

/** Human-readable duration in Chinese units: 43.2 → "43.2 分钟", 0.43 → "25.9 秒". */
export function formatDuration(minutes: number): string {
  if (minutes >= 120)
    return `${trim(minutes / 60)} 小时`
  if (minutes >= 1)
    return `${trim(minutes)} 分钟`
  return `${trim(minutes * 60)} 秒`
}

function trim(v: number): string {
  return Number(v.toPrecision(3)).toString()
}

/** The rows of the downtime table on the SLA slide. */
export function downtimeTable(levels: readonly number[], days = 30) {
  return levels.map(a => ({
    availability: a,
    label: `${Number((a * 100).toPrecision(6))}%`,
    minutes: allowedDowntimeMinutes(a, days),
    text: formatDuration(allowedDowntimeMinutes(a, days)),
  }))
}
