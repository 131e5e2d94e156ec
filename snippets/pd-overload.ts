/**
 * A toy of Mooncake's overload handling (arXiv 2407.00079 §7): a prefill pool and a decode pool
 * under more traffic than they can serve, admitting requests at arrival by
 *  - 'early':     Early Rejection, on the busier pool's load *now*;
 *  - 'predicted': Prediction-based Early Rejection, on the decode load expected when this
 *                 request's prefill finishes, with every decode assumed to last the same t_d.
 * Time runs in steps of 5 s. Prefill load = queued prompt tokens / what the pool prefills within
 * the TTFT budget; decode load = running decodes / the batch the TBT SLO allows. A request whose
 * prefill finishes when the decode pool is full is rejected there: its prefill was wasted.
 * Randomness (arrivals, prompt and output lengths) comes from a seed; there is no clock.
 */
import { mulberry32 } from './online-softmax'

export type Policy = 'early' | 'predicted'

export interface OverloadConfig {
  steps: number
  stepSeconds: number
  /** mean arrivals per step (Poisson) */
  arrivals: number
  /** prefill instances; each works on one prompt at a time */
  prefillInstances: number
  /** prompt tokens one prefill instance processes per step */
  prefillRate: number
  /** prefill backlog allowed, in steps of work: the TTFT budget */
  ttftSteps: number
  /** decodes the pool runs at once within the TBT SLO */
  decodeSlots: number
  /** prompt length range, tokens */
  prompt: readonly [number, number]
  /** decode duration range, steps */
  decode: readonly [number, number]
  seed: number
}

export const DEFAULT_CONFIG: OverloadConfig = {
  steps: 240, // 20 minutes, as in Mooncake's Fig. 9
  stepSeconds: 5,
  arrivals: 2, // about 2.7x what the decode pool completes
  prefillInstances: 8,
  prefillRate: 8_000,
  ttftSteps: 6, // 30 s of the pool's work: FAST'25's TTFT threshold
  decodeSlots: 12,
  prompt: [24_000, 72_000], // 3-9 steps of one instance
  decode: [14, 18], // 70-90 s
  seed: 7,
}

interface Prefilling { tokens: number, left: number, decodeSteps: number, admittedAt: number }
interface Decoding { left: number, started: number, total: number }

/** One request in a pool at the end of a step, for drawing gauges. */
export interface RequestState {
  /** share of the pool's capacity it takes (decode: one slot; prefill: its tokens over the TTFT budget) */
  share: number
  /** work left, 0..1 */
  left: number
  /** admitted during this step */
  fresh: boolean
}

export interface LoadSample {
  t: number
  prefill: number
  decode: number
  admitted: number
  rejected: number
  /** prefills finished but refused by a full decode pool */
  wasted: number
  prefillRequests: RequestState[]
  decodeRequests: RequestState[]
}

export interface OverloadRun {
  policy: Policy
  config: OverloadConfig
  samples: LoadSample[]
  totals: { arrived: number, admitted: number, rejected: number, wasted: number, completed: number }
}

function poisson(rnd: () => number, mean: number): number {
  const limit = Math.exp(-mean)
  let k = 0
  let p = rnd()
  while (p > limit) {
    k++
    p *= rnd()
  }
  return k
}

// #region core
/** Admit a request of `tokens` prompt tokens? `backlog` = prompt tokens queued for prefill. */
export function admit(policy: Policy, c: OverloadConfig, tokens: number, backlog: number,
  prefilling: number, decoding: readonly Decoding[], t: number): boolean {
  const capacity = c.prefillInstances * c.prefillRate
  const prefillLoad = (backlog + tokens) / (capacity * c.ttftSteps)
  if (prefillLoad > 1)
    return false // prefill could not meet the TTFT SLO
  if (policy === 'early') // Early Rejection: decode load now
    return decoding.length < c.decodeSlots
  // Prediction: when our prefill is done, which decodes are still running?
  const ready = t + Math.max(tokens / c.prefillRate, (backlog + tokens) / capacity)
  const td = (c.decode[0] + c.decode[1]) / 2 // uniform decode time t_d
  const stillRunning = decoding.filter(d => d.started + td > ready).length
  return stillRunning + prefilling + 1 <= c.decodeSlots // queued prefills land in decode too
}
// #endregion core

/** Run the two pools for `config.steps` steps under one admission policy. */
export function simulateOverload(policy: Policy, config: Partial<OverloadConfig> = {}): OverloadRun {
  const c = { ...DEFAULT_CONFIG, ...config }
  const rnd = mulberry32(c.seed)
  const between = (lo: number, hi: number) => lo + rnd() * (hi - lo)
  const queue: Prefilling[] = []
  let decoding: Decoding[] = []
  const samples: LoadSample[] = []
  const totals = { arrived: 0, admitted: 0, rejected: 0, wasted: 0, completed: 0 }

  for (let t = 0; t < c.steps; t++) {
    let admitted = 0
    let rejected = 0
    let wasted = 0
    // arrivals: lengths are drawn for every arrival, so both policies see the same requests
    const n = poisson(rnd, c.arrivals)
    for (let i = 0; i < n; i++) {
      const tokens = Math.round(between(c.prompt[0], c.prompt[1]))
      const decodeSteps = Math.round(between(c.decode[0], c.decode[1]))
      const backlog = queue.reduce((s, r) => s + r.left, 0)
      if (admit(policy, c, tokens, backlog, queue.length, decoding, t)) {
        queue.push({ tokens, left: tokens, decodeSteps, admittedAt: t })
        admitted++
      }
      else {
        rejected++
      }
    }
    // decode: one step of every running request
    decoding = decoding.map(d => ({ ...d, left: d.left - 1 })).filter((d) => {
      if (d.left > 0)
        return true
      totals.completed++
      return false
    })
    // prefill: the first `prefillInstances` queued prompts run, prefillRate tokens each per step;
    // finished prompts move to decode if it has room
    for (const r of queue.slice(0, c.prefillInstances))
      r.left = Math.max(0, r.left - c.prefillRate)
    for (const r of queue.filter(r => r.left === 0)) {
      if (decoding.length < c.decodeSlots)
        decoding.push({ left: r.decodeSteps, started: t + 1, total: r.decodeSteps })
      else
        wasted++
    }
    queue.splice(0, queue.length, ...queue.filter(r => r.left > 0))
    const backlog = queue.reduce((s, r) => s + r.left, 0)
    const budget = c.prefillInstances * c.prefillRate * c.ttftSteps
    samples.push({
      t,
      prefill: Math.min(1, backlog / budget),
      decode: decoding.length / c.decodeSlots,
      admitted,
      rejected,
      wasted,
      prefillRequests: queue.map(r => ({ share: r.left / budget, left: r.left / r.tokens, fresh: r.admittedAt === t })),
      decodeRequests: decoding.map(d => ({ share: 1 / c.decodeSlots, left: d.left / d.total, fresh: d.started === t + 1 })),
    })
    totals.arrived += n
    totals.admitted += admitted
    totals.rejected += rejected
    totals.wasted += wasted
  }
  return { policy, config: c, samples, totals }
}

/** Summary statistics of a run after a warm-up: spread of each load and how they move together. */
export function swingStats(run: OverloadRun, warmup = 24) {
  const s = run.samples.slice(warmup)
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
  const std = (xs: number[]) => {
    const m = mean(xs)
    return Math.sqrt(mean(xs.map(x => (x - m) ** 2)))
  }
  const p = s.map(x => x.prefill)
  const d = s.map(x => x.decode)
  const mp = mean(p)
  const md = mean(d)
  const cov = mean(s.map(x => (x.prefill - mp) * (x.decode - md)))
  const range = (xs: number[]) => Math.max(...xs) - Math.min(...xs)
  return {
    prefillMean: mp,
    decodeMean: md,
    prefillStd: std(p),
    decodeStd: std(d),
    prefillRange: range(p),
    decodeRange: range(d),
    correlation: cov / (std(p) * std(d) || 1),
  }
}

export interface Stage {
  t: number
  decode: number
  prefill: number
  /** admitted at least one request during the step */
  accept: boolean
  sample: LoadSample
}

/**
 * Four moments of the Early Rejection swing, as Mooncake tells it (arXiv 2407.00079 v3 §7.3,
 * Fig. 10a): (1) both pools lightly loaded, accept; (2) decode pool busy, reject, so prefill load
 * falls; (3) decode load has fallen, accept again; (4) decode load rises again, reject.
 * `at` gives the same moments for another run (the predicted one) to compare against.
 */
export function fourStages(run: OverloadRun, at?: readonly number[], warmup = 24): Stage[] {
  const s = run.samples
  const times = at ? [...at] : (() => {
    const find = (from: number, ok: (x: LoadSample) => boolean) => {
      const hit = s.slice(from).find(ok)
      return hit ? hit.t : s.length - 1
    }
    const rejecting = (x: LoadSample) => x.decode >= 1 && x.admitted === 0
    // start at the deepest decode trough that still leaves room for a whole cycle after it
    const t1 = s.slice(warmup, s.length - 60).filter(x => x.admitted > 0 && x.prefill < 0.35)
      .reduce((best, x) => (x.decode < best.decode ? x : best), s[warmup]).t
    const t2 = find(t1 + 1, rejecting)
    const t3 = find(t2 + 1, x => x.admitted > 0 && x.decode < 1)
    const t4 = find(t3 + 1, rejecting)
    return [t1, t2, t3, t4]
  })()
  return times.map(t => ({ t, decode: s[t].decode, prefill: s[t].prefill, accept: s[t].admitted > 0, sample: s[t] }))
}
