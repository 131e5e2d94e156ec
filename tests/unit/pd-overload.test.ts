import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG, fourStages, simulateOverload, swingStats } from '../../snippets/pd-overload'

const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1)

describe('pd-overload', () => {
  it('is deterministic for a seed and sees the same arrivals under both policies', () => {
    const a = simulateOverload('early', { seed: 3 })
    const b = simulateOverload('early', { seed: 3 })
    expect(a.samples.map(s => s.decode)).toEqual(b.samples.map(s => s.decode))
    const p = simulateOverload('predicted', { seed: 3 })
    expect(p.totals.arrived).toBe(a.totals.arrived)
  })

  it('keeps its books: every arrival admitted or rejected, loads within 0..1, decode never above its slots', () => {
    for (const policy of ['early', 'predicted'] as const) {
      const r = simulateOverload(policy)
      expect(r.samples).toHaveLength(DEFAULT_CONFIG.steps)
      expect(r.totals.admitted + r.totals.rejected).toBe(r.totals.arrived)
      expect(r.totals.completed + r.totals.wasted).toBeLessThanOrEqual(r.totals.admitted)
      for (const s of r.samples) {
        expect(s.prefill).toBeGreaterThanOrEqual(0)
        expect(s.prefill).toBeLessThanOrEqual(1)
        expect(s.decodeRequests.length).toBeLessThanOrEqual(DEFAULT_CONFIG.decodeSlots)
        expect(s.decode).toBeCloseTo(s.decodeRequests.length / DEFAULT_CONFIG.decodeSlots, 9)
      }
    }
  })

  it('is overloaded: more arrives than the decode pool can finish', () => {
    const r = simulateOverload('early')
    expect(r.totals.rejected).toBeGreaterThan(r.totals.arrived * 0.3)
  })

  it('Early Rejection swings the two pools in anti-phase, wider than with prediction (10 seeds)', () => {
    for (const seed of SEEDS) {
      const early = swingStats(simulateOverload('early', { seed }))
      const predicted = swingStats(simulateOverload('predicted', { seed }))
      expect(early.correlation).toBeLessThan(-0.15) // anti-phase
      expect(early.decodeStd).toBeGreaterThan(predicted.decodeStd * 1.2)
      expect(early.prefillStd).toBeGreaterThan(predicted.prefillStd * 1.2)
      expect(early.decodeRange).toBeGreaterThan(predicted.decodeRange)
    }
  })

  it('prediction wastes almost no prefill work; Early Rejection wastes a lot', () => {
    for (const seed of SEEDS) {
      const early = simulateOverload('early', { seed }).totals
      const predicted = simulateOverload('predicted', { seed }).totals
      expect(predicted.wasted).toBeLessThan(early.wasted / 5)
      expect(predicted.completed).toBeGreaterThanOrEqual(early.completed * 0.95)
    }
  })

  it('finds the four stages of Mooncake Fig. 10a in order: accept, reject, accept, reject', () => {
    const st = fourStages(simulateOverload('early'))
    expect(st.map(s => s.t)).toEqual([...st.map(s => s.t)].sort((a, b) => a - b))
    expect(st.map(s => s.accept)).toEqual([true, false, true, false])
    expect(st[0].decode).toBeLessThan(0.6)
    expect(st[1].decode).toBe(1)
    expect(st[2].decode).toBeLessThan(1)
    expect(st[3].decode).toBe(1)
    const predicted = fourStages(simulateOverload('predicted'), st.map(s => s.t))
    const spread = (xs: number[]) => Math.max(...xs) - Math.min(...xs)
    expect(spread(predicted.map(s => s.decode))).toBeLessThan(spread(st.map(s => s.decode)))
  })
})
