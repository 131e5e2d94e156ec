import { describe, expect, it } from 'vitest'
import {
  A100,
  A100_40GB,
  H100,
  MiB,
  attainable,
  attentionFlops,
  flashBytes,
  flashBytesFa1,
  gemmIntensity,
  hbmTraffic,
  minimumBytes,
  ridge,
  rooflinePoints,
  standardBytes,
} from '../../snippets/roofline'

describe('roofline', () => {
  it('has the ridge points of facts.md', () => {
    expect(ridge(A100)).toBeCloseTo(153, 0)
    expect(ridge(A100_40GB)).toBeCloseTo(201, 0)
    expect(ridge(H100)).toBeCloseTo(295, 0)
  })

  it('is the bandwidth slope left of the ridge and the flat peak right of it', () => {
    for (const gpu of [A100, H100]) {
      const r = ridge(gpu)
      expect(attainable(gpu, r / 4)).toBeCloseTo(gpu.bandwidth * r / 4, -6)
      expect(attainable(gpu, r * 4)).toBe(gpu.peak)
      expect(attainable(gpu, r)).toBeCloseTo(gpu.peak, -6)
      // monotone and never above the peak
      let prev = 0
      for (let I = 0.25; I < 1e4; I *= 1.7) {
        const p = attainable(gpu, I)
        expect(p).toBeGreaterThanOrEqual(prev)
        expect(p).toBeLessThanOrEqual(gpu.peak)
        prev = p
      }
    }
  })

  it('gives a square GEMM an intensity of n/3 and attention of a head 4·N²·d FLOPs', () => {
    expect(gemmIntensity(4096, 4096, 4096)).toBeCloseTo(4096 / 3, 9)
    expect(attentionFlops(4096, 128)).toBe(8_589_934_592)
  })

  it('counts standard attention as 4Nd + 4N² elements and flash as Q, O once plus K, V per Q block', () => {
    expect(standardBytes(4096, 128)).toBe(2 * (4 * 4096 * 128 + 4 * 4096 * 4096))
    expect(standardBytes(4096, 128) / MiB).toBe(132)
    expect(flashBytes(4096, 128, 4096)).toBe(minimumBytes(4096, 128) + 4 * 4096)
    expect(flashBytes(4096, 128, 128)).toBe(2 * (2 * 4096 * 128 + 32 * 2 * 4096 * 128) + 4 * 4096)
  })

  it('orders the traffic: minimum < FA2 < FA1 < standard at N = 4096, d = 128, blocks of 128', () => {
    const t = hbmTraffic()
    expect(t.minimum).toBeLessThan(t.fa2)
    expect(t.fa2).toBeLessThan(t.fa1)
    expect(t.fa1).toBeLessThan(t.standard)
    expect(t.intermediates / MiB).toBe(64)
    expect(t.stats / 1024).toBe(32)
    expect(flashBytesFa1(4096, 128, 128) / MiB).toBe(100)
  })

  it('places decode attention and softmax far left, GEMM right of both ridges', () => {
    const p = Object.fromEntries(rooflinePoints().map(x => [x.id, x]))
    expect(p.decode.I).toBe(1)
    expect(p.softmax.I).toBe(1.25)
    expect(p.standard.I).toBeLessThan(ridge(A100))
    expect(p.flash.I).toBeGreaterThan(p.standard.I)
    expect(p.flash.to).toBe(2048)
    expect(p.gemm.I).toBeGreaterThan(ridge(H100))
  })
})

describe('decode attention', () => {
  it('is about 1 FLOP/byte in FP16 for any batch and context, and the GQA group size with GQA', async () => {
    const { decodeAttentionIntensity } = await import('../../snippets/roofline')
    // batch b, context N, head dim d: b·4·N·d FLOPs over b·2·N·d·2 bytes of KV — b and N cancel
    for (const [b, N, d] of [[1, 1024, 128], [64, 8192, 128], [256, 32768, 64]])
      expect((b * 4 * N * d) / (b * 2 * N * d * 2)).toBe(decodeAttentionIntensity())
    expect(decodeAttentionIntensity()).toBe(1)
    expect(decodeAttentionIntensity(2, 4)).toBe(4)
    expect(decodeAttentionIntensity(2, 8)).toBe(8)
  })
})
