import { describe, expect, it } from 'vitest'
import { LLM_TRACE, MAX_WAIT, type Policy, type Request, SLOTS, type Schedule, classicTrace, simulate, slotsInUse } from '../../snippets/gpu-batching'

/** Seeded LCG, so the random traces are the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

function randomTrace(seed: number, n: number): Request[] {
  const r = rng(seed)
  let t = 0
  return Array.from({ length: n }, (_, id) => {
    t += Math.floor(r() * 4)
    return { id, arrival: t, steps: 1 + Math.floor(r() * 9) }
  })
}

const TRACES = [LLM_TRACE, classicTrace(), ...Array.from({ length: 40 }, (_, i) => randomTrace(i + 1, 5 + (i % 13)))]
const POLICIES: Policy[] = ['none', 'dynamic', 'continuous']
const SLOT_COUNTS = [1, 2, 4, 7]

function checkSlots(s: Schedule, slots: number) {
  for (let t = 0; t < s.makespan; t++) {
    expect(slotsInUse(s, t)).toBeLessThanOrEqual(slots)
    // no slot holds two requests at once
    const working = s.runs.filter(r => r.start <= t && t < r.end).map(r => r.slot)
    expect(new Set(working).size).toBe(working.length)
  }
}

describe('gpu-batching', () => {
  it('finishes every request exactly once, never before it arrives, with all its steps', () => {
    for (const trace of TRACES) {
      for (const policy of POLICIES) {
        for (const slots of SLOT_COUNTS) {
          const s = simulate(trace, { policy, slots, maxWait: MAX_WAIT })
          expect(s.unserved).toEqual([])
          expect(s.runs.map(r => r.id).sort((a, b) => a - b)).toEqual(trace.map(r => r.id).sort((a, b) => a - b))
          for (const run of s.runs) {
            const req = trace.find(r => r.id === run.id)!
            expect(run.start).toBeGreaterThanOrEqual(req.arrival)
            expect(run.end - run.start).toBe(req.steps)
            expect(run.done).toBeGreaterThanOrEqual(run.end)
            expect(run.slot).toBeLessThan(slots)
          }
        }
      }
    }
  })

  it('never uses more slots than the GPU has', () => {
    for (const trace of TRACES) {
      for (const policy of [...POLICIES, 'static'] as Policy[]) {
        for (const slots of SLOT_COUNTS)
          checkSlots(simulate(trace, { policy, slots, maxWait: MAX_WAIT }), slots)
      }
    }
  })

  it('continuous batching keeps utilisation at least as high, and latency at least as low, as dynamic', () => {
    for (const trace of TRACES) {
      for (const slots of SLOT_COUNTS) {
        for (const maxWait of [0, 1, 2, 5]) {
          const dyn = simulate(trace, { policy: 'dynamic', slots, maxWait })
          const cont = simulate(trace, { policy: 'continuous', slots })
          expect(cont.utilisation).toBeGreaterThanOrEqual(dyn.utilisation - 1e-12)
          expect(cont.meanLatency).toBeLessThanOrEqual(dyn.meanLatency + 1e-12)
        }
      }
    }
  })

  it('static batching launches only full batches and leaves an unfilled tail waiting', () => {
    const trace = LLM_TRACE.slice(0, 6)
    const s = simulate(trace, { policy: 'static', slots: 4 })
    expect(s.batches.map(b => b.ids.length)).toEqual([4])
    expect(s.unserved).toEqual([4, 5])
    const full = simulate(classicTrace(), { policy: 'static', slots: SLOTS })
    expect(full.unserved).toEqual([])
    expect(full.batches.every(b => b.ids.length === SLOTS)).toBe(true)
  })

  it('dynamic batching launches a partial batch once the oldest request has waited maxWait', () => {
    const s = simulate([{ id: 0, arrival: 0, steps: 3 }, { id: 1, arrival: 1, steps: 3 }], { policy: 'dynamic', slots: 4, maxWait: 2 })
    expect(s.batches).toEqual([{ start: 2, end: 5, ids: [0, 1] }])
  })

  it('request-level batching returns every member when the longest one ends', () => {
    const s = simulate(LLM_TRACE, { policy: 'dynamic', slots: SLOTS, maxWait: MAX_WAIT })
    for (const b of s.batches) {
      const members = s.runs.filter(r => b.ids.includes(r.id))
      expect(new Set(members.map(r => r.done))).toEqual(new Set([b.end]))
      expect(Math.max(...members.map(r => r.end))).toBe(b.end)
    }
  })

  it('continuous batching leaves no slot idle while a request waits', () => {
    for (const trace of TRACES) {
      for (const slots of SLOT_COUNTS) {
        const s = simulate(trace, { policy: 'continuous', slots })
        const start = new Map(s.runs.map(r => [r.id, r.start]))
        for (let t = 0; t < s.makespan; t++) {
          const waiting = trace.filter(r => r.arrival <= t && start.get(r.id)! > t)
          if (waiting.length > 0)
            expect(slotsInUse(s, t)).toBe(slots)
        }
      }
    }
  })

  it('on the slide\'s trace: no batching < dynamic < continuous in utilisation', () => {
    const [none, dyn, cont] = POLICIES.map(policy => simulate(LLM_TRACE, { policy, slots: SLOTS, maxWait: MAX_WAIT }))
    expect(none.utilisation).toBeLessThan(dyn.utilisation)
    expect(dyn.utilisation).toBeLessThan(cont.utilisation)
    expect(cont.meanLatency).toBeLessThan(dyn.meanLatency)
    expect(dyn.meanLatency).toBeLessThan(none.meanLatency)
  })

  it('rejects a GPU without slots', () => {
    expect(() => simulate(LLM_TRACE, { policy: 'continuous', slots: 0 })).toThrow(RangeError)
  })
})
