import { describe, expect, it } from 'vitest'
import {
  A100_80GB,
  ASSUME,
  MODEL_13B,
  decodeThroughput,
  fits,
  kvBytesPerToken,
  phaseSeries,
  prefillThroughput,
} from '../../snippets/pd-phase-batch'

describe('pd-phase-batch', () => {
  it('uses 800 KiB of KV cache per token for the 13B model', () => {
    expect(kvBytesPerToken(MODEL_13B)).toBe(800 * 1024)
  })

  it('matches a hand-computed point per phase', () => {
    // decode, B = 1, L = 128: memory-bound, (26e9 + 128 · 819200) B / 2.039e12 B/s + 5 ms
    const t = (26e9 + 128 * 819200) / 2.039e12 + 0.005
    expect(decodeThroughput(1, 128)).toBeCloseTo(1 / t, 6)
    // prefill, B = 128, L = 128: compute-bound
    const flops = 128 * (2 * 13e9 * 128 + 4 * 128 * 128 * 5120 * 40)
    expect(prefillThroughput(128, 128)).toBeCloseTo((128 * 128) / (flops / (312e12 * 0.75) + 0.005), 6)
  })

  it('prefill saturates: never above the compute ceiling, flat once the batch holds a few thousand tokens', () => {
    const ceiling = (A100_80GB.peak * ASSUME.efficiency) / (2 * MODEL_13B.params)
    for (const s of phaseSeries('prefill')) {
      for (const p of s.points) expect(p.tput).toBeLessThan(ceiling)
      for (let i = 1; i < s.points.length; i++) {
        if (s.points[i - 1].B * s.L >= 2048)
          expect(s.points[i].tput / s.points[i - 1].tput).toBeLessThan(1.05)
      }
      expect(s.points.at(-1)!.tput).toBeGreaterThan(0.9 * ceiling)
    }
  })

  it('decode keeps rising: each doubling of the batch adds at least 40%', () => {
    for (const s of phaseSeries('decode')) {
      for (let i = 1; i < s.points.length; i++)
        expect(s.points[i].tput / s.points[i - 1].tput).toBeGreaterThan(1.4)
    }
    // and stays far below prefill at the same batch
    expect(decodeThroughput(128, 128)).toBeLessThan(prefillThroughput(128, 128) / 1.5)
  })

  it('stops each curve where memory runs out, like DistServe\'s measured series', () => {
    const lastBatch = phaseSeries('prefill').map(s => s.points.at(-1)!.B)
    expect(lastBatch).toEqual([128, 128, 64, 32]) // L = 128, 256, 512, 1024
    expect(fits(32, 1024)).toBe(true)
    expect(fits(64, 1024)).toBe(false)
  })
})
