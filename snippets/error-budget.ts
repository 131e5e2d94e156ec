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

// ---- Latency SLOs of an LLM service (slide 5): per-request TTFT and TPOT against targets ----

/** One served request as the SLO sees it: time to first token (s) and time per output token (ms). */
export interface ServedRequest {
  ttft: number
  tpot: number
}

/** "P90 TTFT ≤ 2 s and P90 TPOT ≤ 100 ms": targets and the percentile they hold at. */
export interface LatencySlo {
  ttft: number
  tpot: number
  percentile: number
}

export const EXAMPLE_SLO: LatencySlo = { ttft: 2, tpot: 100, percentile: 0.9 }

/** Nearest-rank percentile: the smallest value with at least `p` of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0 || !(p > 0 && p <= 1))
    throw new RangeError('percentile needs values and p in (0, 1]')
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.ceil(p * sorted.length) - 1]
}

/**
 * Both readings of a latency SLO: each metric's percentile against its target, and the SLO
 * attainment DistServe uses, the share of requests that meet **both** targets. The error budget
 * is 1 − percentile of the requests; `budgetUsed` is the share that missed.
 */
export function sloReport(requests: readonly ServedRequest[], slo: LatencySlo = EXAMPLE_SLO) {
  const met = requests.map(r => r.ttft <= slo.ttft && r.tpot <= slo.tpot)
  const pTtft = percentile(requests.map(r => r.ttft), slo.percentile)
  const pTpot = percentile(requests.map(r => r.tpot), slo.percentile)
  const attainment = met.filter(Boolean).length / requests.length
  return {
    pTtft,
    pTpot,
    ttftOk: pTtft <= slo.ttft,
    tpotOk: pTpot <= slo.tpot,
    met,
    attainment,
    budget: 1 - slo.percentile,
    budgetUsed: 1 - attainment,
  }
}

/**
 * An illustrative sample, not a measurement: `n` requests with log-normal TTFT (median 0.9 s)
 * and TPOT (median 60 ms), drawn independently from a seeded generator so the slide is stable.
 */
export function sampleRequests(n = 50, seed = 11): ServedRequest[] {
  let s = seed >>> 0
  const uniform = () => { // mulberry32
    s = (s + 0x6D2B79F5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform())
  return Array.from({ length: n }, () => ({
    ttft: +(0.9 * Math.exp(0.55 * normal())).toFixed(3),
    tpot: +(60 * Math.exp(0.35 * normal())).toFixed(1),
  }))
}
