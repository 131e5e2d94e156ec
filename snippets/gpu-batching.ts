/**
 * A small batching simulator on a discrete clock (one tick = one model step), drawn by
 * components/GpuBatching.vue (slide 11). One request trace, four policies:
 *
 * - `none`: one request at a time (one slot of the GPU used, the rest idle);
 * - `static`: a batch runs only once `slots` requests are waiting;
 * - `dynamic`: a batch runs once full **or** once the oldest waiting request has waited `maxWait`
 *   (request-level batching with a timeout, Baseten's and Triton's meaning of the word);
 * - `continuous`: iteration-level scheduling (Orca): a slot freed by a finished sequence is
 *   refilled with the next waiting request at the next step.
 *
 * With request-level batching (`none`, `static`, `dynamic`) a batch holds its slots until its
 * longest member finishes, and every member returns at that moment (Orca, OSDI'22 §2: early-
 * finished requests cannot return to the client). A classic model is the same simulation with
 * every request needing the same number of steps.
 */
export type Policy = 'none' | 'static' | 'dynamic' | 'continuous'

export interface Request {
  id: number
  /** Tick at which the request arrives. */
  arrival: number
  /** Model steps it needs: for an LLM, 1 prefill step then one decode step per further token. */
  steps: number
}

/** A request's stay in one slot: working on [start, start + steps), returned at `done`. */
export interface Run {
  id: number
  slot: number
  start: number
  /** First tick after its last step. */
  end: number
  /** When the client gets the result (the batch end for request-level batching). */
  done: number
}

/** A launch of request-level batching (continuous batching has none). */
export interface Batch {
  start: number
  end: number
  ids: number[]
}

export interface Options {
  policy: Policy
  slots: number
  /** Longest wait of the oldest request before a partial batch runs (`dynamic` only). */
  maxWait?: number
}

export interface Schedule {
  runs: Run[]
  batches: Batch[]
  /** Requests never served (`static` with a last batch that never fills). */
  unserved: number[]
  /** Last tick anything was working (the schedule spans [0, makespan)). */
  makespan: number
  /** Busy slot-ticks over slots x makespan. */
  utilisation: number
  /** Mean of done - arrival over served requests. */
  meanLatency: number
}

// #region core
/** Request-level batching: a launched batch holds its slots until its longest member ends. */
function requestLevel(trace: Request[], slots: number, maxWait: number) {
  const runs: Run[] = []
  const batches: Batch[] = []
  const queue = [...trace].sort((a, b) => a.arrival - b.arrival || a.id - b.id)
  let free = 0 // tick the GPU is free again
  while (queue.length > 0) {
    // earliest tick at which a batch may launch: full, or the oldest has waited maxWait
    const full = queue.length >= slots ? queue[slots - 1].arrival : Infinity
    const t = Math.max(free, Math.min(full, queue[0].arrival + maxWait))
    if (!Number.isFinite(t))
      break // static batching with a last batch that never fills
    const members = queue.filter(r => r.arrival <= t).slice(0, slots)
    const end = t + Math.max(...members.map(r => r.steps))
    members.forEach((r, slot) => runs.push({ id: r.id, slot, start: t, end: t + r.steps, done: end }))
    batches.push({ start: t, end, ids: members.map(r => r.id) })
    queue.splice(0, members.length)
    free = end
  }
  return { runs, batches, unserved: queue.map(r => r.id) }
}

/** Iteration-level (continuous) batching: every tick, free slots take the next waiting requests. */
function iterationLevel(trace: Request[], slots: number) {
  const runs: Run[] = []
  const queue = [...trace].sort((a, b) => a.arrival - b.arrival || a.id - b.id)
  const busyUntil = Array.from({ length: slots }, () => 0)
  for (let t = 0; queue.length > 0; t++) {
    for (let slot = 0; slot < slots && queue.length > 0 && queue[0].arrival <= t; slot++) {
      if (busyUntil[slot] > t)
        continue
      const r = queue.shift()!
      busyUntil[slot] = t + r.steps
      runs.push({ id: r.id, slot, start: t, end: t + r.steps, done: t + r.steps })
    }
  }
  return { runs, batches: [] as Batch[], unserved: [] as number[] }
}
// #endregion core

/** Run one policy over a trace. */
export function simulate(trace: Request[], { policy, slots, maxWait = 0 }: Options): Schedule {
  if (!(Number.isInteger(slots) && slots >= 1))
    throw new RangeError(`slots must be a positive integer, got ${slots}`)
  const base = policy === 'continuous'
    ? iterationLevel(trace, slots)
    : requestLevel(trace, policy === 'none' ? 1 : slots, policy === 'dynamic' ? maxWait : policy === 'none' ? 0 : Infinity)
  const makespan = Math.max(0, ...base.runs.map(r => Math.max(r.end, r.done)))
  const busy = base.runs.reduce((s, r) => s + r.end - r.start, 0)
  const arrival = new Map(trace.map(r => [r.id, r.arrival]))
  const latencies = base.runs.map(r => r.done - arrival.get(r.id)!)
  return {
    ...base,
    makespan,
    utilisation: makespan > 0 ? busy / (slots * makespan) : 0,
    meanLatency: latencies.length > 0 ? latencies.reduce((s, v) => s + v, 0) / latencies.length : 0,
  }
}

/** Slots in use at tick t (working or held idle by a batch). */
export function slotsInUse(s: Schedule, t: number): number {
  const working = s.runs.filter(r => r.start <= t && t < r.end).length
  const held = s.batches.filter(b => b.start <= t && t < b.end).reduce((n, b) => n + b.ids.length, 0)
  return Math.max(working, held)
}

/** The slide's trace for LLMs: arrival tick and steps (1 prefill + decode steps). */
export const LLM_TRACE: Request[] = [
  { id: 0, arrival: 0, steps: 7 },
  { id: 1, arrival: 0, steps: 3 },
  { id: 2, arrival: 1, steps: 5 },
  { id: 3, arrival: 1, steps: 2 },
  { id: 4, arrival: 3, steps: 4 },
  { id: 5, arrival: 4, steps: 6 },
  { id: 6, arrival: 6, steps: 3 },
  { id: 7, arrival: 8, steps: 2 },
]

/** A classic model (CNN, embedding, ...): same arrivals, every request one batch run long. */
export const CLASSIC_STEPS = 3

export function classicTrace(trace: Request[] = LLM_TRACE, steps = CLASSIC_STEPS): Request[] {
  return trace.map(r => ({ ...r, steps }))
}

export const SLOTS = 4
export const MAX_WAIT = 2
