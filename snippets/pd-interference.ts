/**
 * Why colocated prefill hurts decode (DistServe §2.2): a tiny event simulation of
 *  - 'colocated':      one GPU runs both phases, one iteration at a time; a waiting prefill goes
 *                      first (prefill priority, no chunking), so every running request's next
 *                      token waits for the whole prompt to be processed;
 *  - 'disaggregated':  a prefill instance and a decode instance; the prompt runs on the first, its
 *                      KV cache is transferred, and the request joins the decode batch at the next
 *                      iteration boundary, while the running requests keep their cadence.
 * Times are in ms, chosen to illustrate (not measured); there is no randomness.
 */

export type Mode = 'colocated' | 'disaggregated'
export type Lane = 'gpu' | 'prefill' | 'decode'
export type Kind = 'prefill' | 'decode' | 'transfer'

export interface Segment {
  lane: Lane
  kind: Kind
  start: number
  end: number
  /** requests served by this segment */
  reqs: string[]
}

export interface InterferenceConfig {
  /** one decode iteration, ms */
  decodeStep: number
  /** one prompt's prefill, ms */
  prefill: number
  /** KV cache transfer from prefill to decode instance, ms */
  transfer: number
  /** requests already decoding at t = 0 */
  running: string[]
  /** new requests and their arrival times, ms */
  arrivals: { id: string, at: number }[]
  /** simulate until this time, ms */
  horizon: number
}

export interface Timeline {
  segments: Segment[]
  /** token emission times per request (the first token of a new request comes from its prefill) */
  tokens: Record<string, number[]>
}

const emit = (tokens: Record<string, number[]>, id: string, t: number) => {
  (tokens[id] ??= []).push(t)
}

// #region core
/** One GPU, prefill first: a waiting prompt pre-empts the next decode iteration. */
export function colocated(c: InterferenceConfig): Timeline {
  const segments: Segment[] = []
  const tokens: Record<string, number[]> = {}
  const running = [...c.running]
  const waiting = [...c.arrivals].sort((a, b) => a.at - b.at)
  let t = 0
  while (t < c.horizon) {
    if (waiting.length && waiting[0].at <= t) { // prefill pre-empts decode
      const r = waiting.shift()!
      segments.push({ lane: 'gpu', kind: 'prefill', start: t, end: t + c.prefill, reqs: [r.id] })
      t += c.prefill
      emit(tokens, r.id, t) // first token: TTFT ends here
      running.push(r.id)
    }
    else if (running.length) { // one decode iteration: a token for every running request
      segments.push({ lane: 'gpu', kind: 'decode', start: t, end: t + c.decodeStep, reqs: [...running] })
      t += c.decodeStep
      running.forEach(id => emit(tokens, id, t))
    }
    else {
      t = waiting.length ? waiting[0].at : c.horizon
    }
  }
  return { segments, tokens }
}

/** Prefill instance and decode instance side by side, KV cache handed over in between. */
export function disaggregated(c: InterferenceConfig): Timeline {
  const segments: Segment[] = []
  const tokens: Record<string, number[]> = {}
  const ready: { id: string, at: number }[] = []
  let free = 0 // prefill instance: FIFO, one prompt at a time
  for (const r of [...c.arrivals].sort((a, b) => a.at - b.at)) {
    const start = Math.max(free, r.at)
    free = start + c.prefill
    segments.push({ lane: 'prefill', kind: 'prefill', start, end: free, reqs: [r.id] })
    emit(tokens, r.id, free)
    segments.push({ lane: 'decode', kind: 'transfer', start: free, end: free + c.transfer, reqs: [r.id] })
    ready.push({ id: r.id, at: free + c.transfer })
  }
  const running = [...c.running]
  for (let t = 0; t < c.horizon; t += c.decodeStep) { // decode instance keeps its cadence
    while (ready.length && ready[0].at <= t)
      running.push(ready.shift()!.id) // joins at an iteration boundary
    segments.push({ lane: 'decode', kind: 'decode', start: t, end: t + c.decodeStep, reqs: [...running] })
    running.forEach(id => emit(tokens, id, t + c.decodeStep))
  }
  return { segments, tokens }
}
// #endregion core

export function simulate(mode: Mode, c: InterferenceConfig): Timeline {
  return mode === 'colocated' ? colocated(c) : disaggregated(c)
}

/** Longest gap between two tokens of one request (its worst TPOT), counting from t = 0 for running ones. */
export function worstGap(tl: Timeline, id: string, from = 0): number {
  let prev = from
  let worst = 0
  for (const t of tl.tokens[id] ?? []) {
    worst = Math.max(worst, t - prev)
    prev = t
  }
  return worst
}

/** What the slide reports: TTFT of each new request, worst token gap of the requests already running. */
export function summarize(c: InterferenceConfig, tl: Timeline) {
  const ttft = Object.fromEntries(c.arrivals.map(r => [r.id, (tl.tokens[r.id]?.[0] ?? Infinity) - r.at]))
  const stall = Math.max(...c.running.map(id => worstGap(tl, id)))
  return { ttft, stall }
}

/** The slide's example: three requests decoding at 25 ms per token, a long prompt arriving at 70 ms. */
export const SLIDE_CONFIG: InterferenceConfig = {
  decodeStep: 25,
  prefill: 160,
  transfer: 15,
  running: ['r1', 'r2', 'r3'],
  arrivals: [{ id: 'r4', at: 70 }],
  horizon: 400,
}
