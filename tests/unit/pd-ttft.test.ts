import { describe, expect, it } from 'vitest'
import {
  SLIDE_D,
  SLIDE_K,
  SLIDE_SLO,
  crossoverRate,
  goodputRate,
  saturationRate,
  ttft,
  ttftCurve,
  ttftInterOp,
  ttftIntraOp,
  ttftSingle,
} from '../../snippets/pd-ttft'

describe('pd-ttft (DistServe M/D/1 prefill model)', () => {
  it('matches hand-computed values', () => {
    // D = 0.4 s, R = 1 req/s
    expect(ttftSingle(1, 0.4)).toBeCloseTo(0.4 + 0.16 / 1.2, 12) // 0.53333
    expect(ttftInterOp(1, 0.4)).toBeCloseTo(0.4 + 0.16 / 6.4, 12) // 0.425
    expect(ttftIntraOp(1, 0.4, 1.5)).toBeCloseTo(0.4 / 1.5 + 0.16 / 3.3, 12) // 0.31515
    // D = 0.2 s, R = 3 req/s, K = 1.8
    expect(ttftSingle(3, 0.2)).toBeCloseTo(0.2 + 0.12 / 0.8, 12) // 0.35
    expect(ttftInterOp(3, 0.2)).toBeCloseTo(0.2 + 0.12 / 5.6, 12)
    expect(ttftIntraOp(3, 0.2, 1.8)).toBeCloseTo(0.2 / 1.8 + 0.12 / 4.32, 12)
  })

  it('is the bare execution time with no traffic', () => {
    expect(ttftSingle(0, 0.4)).toBe(0.4)
    expect(ttftInterOp(0, 0.4)).toBe(0.4)
    expect(ttftIntraOp(0, 0.4, 1.6)).toBeCloseTo(0.25, 12)
  })

  it('grows with rate and blows up at saturation', () => {
    const D = SLIDE_D
    for (const [p, K] of [['single', 2], ['inter', 2], ['intra', 1.5], ['intra', 1.9]] as const) {
      const sat = saturationRate(p, D, K)
      let prev = 0
      for (let i = 0; i < 100; i++) {
        const t = ttft(p, (sat * i) / 100, D, K)
        expect(t).toBeGreaterThan(prev)
        prev = t
      }
      expect(ttft(p, sat * (1 - 1e-6), D, K)).toBeGreaterThan(1e4)
      expect(ttft(p, sat * (1 + 1e-9), D, K)).toBe(Infinity)
      expect(ttft(p, sat * 1.5, D, K)).toBe(Infinity)
    }
    expect(saturationRate('single', D)).toBeCloseTo(2.5, 12)
    expect(saturationRate('inter', D)).toBeCloseTo(5, 12)
  })

  it('two GPUs always beat one', () => {
    for (let R = 0.1; R < 2.5; R += 0.1) {
      expect(ttftInterOp(R, SLIDE_D)).toBeLessThan(ttftSingle(R, SLIDE_D))
      expect(ttftIntraOp(R, SLIDE_D, 1.5)).toBeLessThan(ttftSingle(R, SLIDE_D))
    }
  })

  it('intra-op wins at low rate and loses at high rate for K in 1.5-1.9', () => {
    for (let K = 1.5; K <= 1.9 + 1e-9; K += 0.05) {
      for (const D of [0.1, 0.4, 1]) {
        const low = 0.1 / D
        expect(ttftIntraOp(low, D, K)).toBeLessThan(ttftInterOp(low, D))
        const high = (0.98 * K) / D
        expect(ttftIntraOp(high, D, K)).toBeGreaterThan(ttftInterOp(high, D))
        const x = crossoverRate(D, K)
        expect(x).toBeGreaterThan(low)
        expect(x).toBeLessThan(high)
        expect(ttftIntraOp(x, D, K)).toBeCloseTo(ttftInterOp(x, D), 6)
      }
    }
  })

  it('a larger K pushes the crossover to higher rates', () => {
    const xs = SLIDE_K.map(K => crossoverRate(SLIDE_D, K))
    for (let i = 1; i < xs.length; i++)
      expect(xs[i]).toBeGreaterThan(xs[i - 1])
    // D = 0.4 s: from about 2.3 req/s at K = 1.5 to about 4.1 at K = 1.9
    expect(xs[0]).toBeGreaterThan(2.1)
    expect(xs[0]).toBeLessThan(2.5)
    expect(xs.at(-1)!).toBeGreaterThan(3.9)
    expect(xs.at(-1)!).toBeLessThan(4.3)
  })

  it('samples curves that stop at the chart top, never past saturation', () => {
    const c = ttftCurve('intra', SLIDE_D, 1.5, 5, 2)
    expect(c[0]).toEqual([0, SLIDE_D / 1.5])
    expect(c.at(-1)![1]).toBe(2)
    expect(c.at(-1)![0]).toBeLessThan(saturationRate('intra', SLIDE_D, 1.5))
    for (const [, t] of c) expect(t).toBeLessThanOrEqual(2)
  })

  it('goodput is the highest rate whose TTFT meets the SLO', () => {
    for (const [p, K] of [['single', 2], ['inter', 2], ['intra', 1.5], ['intra', 1.9]] as const) {
      const g = goodputRate(p, SLIDE_D, K, SLIDE_SLO)
      expect(ttft(p, g, SLIDE_D, K)).toBeCloseTo(SLIDE_SLO, 6)
      expect(ttft(p, g * 1.01, SLIDE_D, K)).toBeGreaterThan(SLIDE_SLO)
    }
    // by hand, D = 0.4 s, SLO = 0.6 s: one GPU 0.4 = 0.32R -> 1.25; inter-op 1.6 = 0.48R -> 10/3
    expect(goodputRate('single', SLIDE_D, 2, SLIDE_SLO)).toBeCloseTo(1.25, 6)
    expect(goodputRate('inter', SLIDE_D, 2, SLIDE_SLO)).toBeCloseTo(10 / 3, 6)
    // intra-op: 1.5/0.56 at K = 1.5 (below inter-op), above inter-op at K = 1.9
    expect(goodputRate('intra', SLIDE_D, 1.5, SLIDE_SLO)).toBeCloseTo(1.5 / 0.56, 6)
    expect(goodputRate('intra', SLIDE_D, 1.9, SLIDE_SLO)).toBeGreaterThan(10 / 3)
  })

  it('a tight SLO only intra-op can meet; a loose one favours inter-op', () => {
    expect(goodputRate('inter', SLIDE_D, 2, 0.35)).toBe(0)
    expect(goodputRate('intra', SLIDE_D, 1.5, 0.35)).toBeGreaterThan(1)
    expect(goodputRate('inter', SLIDE_D, 2, 1)).toBeGreaterThan(goodputRate('intra', SLIDE_D, 1.9, 1))
  })
})
