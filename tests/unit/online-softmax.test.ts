import { describe, expect, it } from 'vitest'
import {
  type Matrix,
  absorbBlock,
  emptyRow,
  finishRow,
  flashAttentionFa1,
  flashAttentionFa2,
  naiveAttention,
  onlineSoftmax,
  randomMatrix,
  rowTrace,
  softmax,
  tilingExample,
} from '../../snippets/online-softmax'

const maxDiff = (a: Matrix, b: Matrix) => Math.max(...a.flatMap((row, i) => row.map((v, j) => Math.abs(v - b[i][j]))))

describe('online softmax', () => {
  it('equals the three-pass softmax on seeded random rows', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const x = randomMatrix(1, 5 + seed, seed, 8)[0]
      const a = onlineSoftmax(x)
      const b = softmax(x)
      a.forEach((v, i) => expect(Math.abs(v - b[i])).toBeLessThan(1e-12))
      expect(a.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12)
    }
  })

  it('stays finite for scores of 1e4 (no overflow of exp)', () => {
    const x = [1e4, 1e4 - 1, -1e4, 1e4]
    const y = onlineSoftmax(x)
    expect(y.every(Number.isFinite)).toBe(true)
    expect(y.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12)
  })

  it('does not depend on how the row is cut into blocks', () => {
    const x = randomMatrix(1, 12, 7, 5)[0]
    const v = randomMatrix(12, 3, 8)
    const results = [1, 2, 3, 5, 12].map((b) => {
      let st = emptyRow(3)
      for (let c = 0; c < x.length; c += b)
        st = absorbBlock(st, x.slice(c, c + b), v.slice(c, c + b))
      return finishRow(st)
    })
    for (const r of results.slice(1)) {
      r.o.forEach((val, c) => expect(Math.abs(val - results[0].o[c])).toBeLessThan(1e-12))
      expect(Math.abs(r.lse - results[0].lse)).toBeLessThan(1e-12)
    }
  })
})

describe('tiled attention forward', () => {
  const cases = [
    { N: 7, d: 4, Br: 2, Bc: 3 },
    { N: 10, d: 8, Br: 4, Bc: 4 },
    { N: 13, d: 6, Br: 5, Bc: 2 },
    { N: 16, d: 8, Br: 16, Bc: 1 },
    { N: 9, d: 3, Br: 1, Bc: 9 },
  ]

  it('FA1 and FA2 orders equal naive attention within 1e-6 (N not a multiple of the block too)', () => {
    for (const [k, { N, d, Br, Bc }] of cases.entries()) {
      const Q = randomMatrix(N, d, 100 + k, 2)
      const K = randomMatrix(N, d, 200 + k, 2)
      const V = randomMatrix(N, d, 300 + k, 2)
      const ref = naiveAttention(Q, K, V)
      expect(maxDiff(flashAttentionFa2(Q, K, V, Br, Bc).O, ref)).toBeLessThan(1e-6)
      expect(maxDiff(flashAttentionFa1(Q, K, V, Br, Bc).O, ref)).toBeLessThan(1e-6)
    }
  })

  it('FA1 and FA2 agree on the output and on the logsumexp', () => {
    const Q = randomMatrix(11, 5, 1, 3)
    const K = randomMatrix(11, 5, 2, 3)
    const V = randomMatrix(11, 5, 3, 3)
    const a = flashAttentionFa1(Q, K, V, 3, 4)
    const b = flashAttentionFa2(Q, K, V, 4, 3)
    expect(maxDiff(a.O, b.O)).toBeLessThan(1e-9)
    a.L.forEach((v, i) => expect(Math.abs(v - b.L[i])).toBeLessThan(1e-9))
  })

  it('stays finite with scores of 1e4', () => {
    const N = 6
    const Q = Array.from({ length: N }, () => [100, 0])
    const K = Array.from({ length: N }, (_, j) => [100 - j * 0.01, 1])
    const V = randomMatrix(N, 2, 9)
    for (const run of [flashAttentionFa1, flashAttentionFa2]) {
      const { O, L } = run(Q, K, V, 4, 4, 1)
      expect(O.flat().every(Number.isFinite)).toBe(true)
      expect(L.every(Number.isFinite)).toBe(true)
      expect(maxDiff(O, naiveAttention(Q, K, V, 1))).toBeLessThan(1e-6)
    }
  })

  it('counts the traffic the slides claim: FA1 reads K, V once but Q, O once per K/V block; FA2 the reverse', () => {
    const N = 8
    const Q = randomMatrix(N, 2, 1)
    const one = flashAttentionFa1(Q, Q, Q, 2, 4).traffic
    expect(one).toEqual({ readQ: 8, readK: 2, readV: 2, readO: 8, writeO: 8 })
    const two = flashAttentionFa2(Q, Q, Q, 2, 4).traffic
    expect(two).toEqual({ readQ: 4, readK: 8, readV: 8, readO: 0, writeO: 4 })
  })
})

describe('the tiling example on the slide', () => {
  it('ends at the exact softmax-weighted output, with the second block raising the max', () => {
    const { steps, exact } = tilingExample()
    expect(steps).toHaveLength(2)
    expect(steps[0].alpha).toBe(0)
    expect(steps[1].m).toBeGreaterThan(steps[0].m)
    expect(steps[1].alpha).toBeCloseTo(Math.exp(steps[0].m - steps[1].m), 12)
    steps[1].o.forEach((v, c) => expect(Math.abs(v - exact[c])).toBeLessThan(1e-12))
  })

  it('rowTrace follows absorbBlock step by step', () => {
    const K = randomMatrix(5, 3, 4)
    const V = randomMatrix(5, 2, 5)
    const q = [0.3, -0.2, 0.9]
    const trace = rowTrace(q, K, V, 2)
    expect(trace.map(s => s.scores.length)).toEqual([2, 2, 1])
    const ref = naiveAttention([q], K, V, 1)[0]
    trace.at(-1)!.o.forEach((v, c) => expect(Math.abs(v - ref[c])).toBeLessThan(1e-12))
    for (const s of trace)
      expect(s.m).toBe(Math.max(s.mOld, s.blockMax))
  })
})
