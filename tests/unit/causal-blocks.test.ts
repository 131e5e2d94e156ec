import { describe, expect, it } from 'vitest'
import { type BlockKind, causalFormula, causalGrid, classify, computedShare, countBlocks, smOccupancy, threadBlocks } from '../../snippets/causal-blocks'

/** Brute force: look at every element of the block. */
function bruteKind(r0: number, r1: number, c0: number, c1: number): BlockKind {
  let visible = 0
  let total = 0
  for (let i = r0; i < r1; i++) {
    for (let j = c0; j < c1; j++) {
      total++
      if (j <= i)
        visible++
    }
  }
  return visible === 0 ? 'skipped' : visible === total ? 'full' : 'masked'
}

describe('causal blocks', () => {
  it('matches the formula n(n−1)/2 skipped, n masked, n(n−1)/2 full for square blocks', () => {
    for (const n of [1, 2, 3, 4, 6, 8, 32]) {
      for (const B of [1, 4, 64]) {
        const counts = countBlocks(causalGrid(n * B, B))
        expect(counts).toEqual(B === 1 ? { skipped: n * (n - 1) / 2, masked: 0, full: n * (n + 1) / 2 } : causalFormula(n))
      }
    }
  })

  it('classifies every block as a brute-force look at its elements would, for uneven shapes', () => {
    for (const [N, Br, Bc] of [[10, 3, 4], [17, 5, 2], [9, 4, 4], [12, 2, 6]]) {
      for (const b of causalGrid(N, Br, Bc)) {
        const r0 = b.row * Br
        const c0 = b.col * Bc
        expect(b.kind).toBe(bruteKind(r0, Math.min(N, r0 + Br), c0, Math.min(N, c0 + Bc)))
      }
    }
  })

  it('needs the mask on exactly one block per row for square blocks, and skips about half', () => {
    const grid = causalGrid(8 * 16, 16)
    for (let row = 0; row < 8; row++)
      expect(grid.filter(b => b.row === row && b.kind === 'masked')).toHaveLength(1)
    expect(computedShare(grid)).toBeCloseTo(9 / 16, 12)
    expect(computedShare(causalGrid(1024 * 64, 64))).toBeCloseTo(0.5, 2)
    expect(classify(0, 4, 4, 8)).toBe('skipped')
  })
})

describe('thread blocks over SMs', () => {
  const shape = { batch: 1, heads: 32, N: 8192, Br: 128 }
  it('FA1 launches batch x heads, FA2 also one per Q row block', () => {
    expect(threadBlocks(shape, 'fa1')).toBe(32)
    expect(threadBlocks(shape, 'fa2')).toBe(32 * 64)
  })
  it('computes waves and utilisation on 108 SMs', () => {
    expect(smOccupancy(32, 108)).toEqual({ waves: 1, busyFirstWave: 32, utilisation: 32 / 108 })
    const two = smOccupancy(2048, 108)
    expect(two.waves).toBe(19)
    expect(two.busyFirstWave).toBe(108)
    expect(two.utilisation).toBeCloseTo(2048 / (19 * 108), 12)
    expect(smOccupancy(216, 108).utilisation).toBe(1)
  })
})

describe('decode and split-KV', () => {
  it('gives one thread block per (batch, head) at decode, and split-KV multiplies it to fill the SMs', async () => {
    const { decodeBlocks, splitsToFill } = await import('../../snippets/causal-blocks')
    const shape = { batch: 1, heads: 32 }
    expect(decodeBlocks(shape)).toBe(32)
    expect(splitsToFill(shape, 108)).toBe(3)
    expect(decodeBlocks(shape, splitsToFill(shape, 108))).toBe(96)
    for (const b of [1, 2, 3, 4, 8]) {
      const s = { batch: b, heads: 32 }
      expect(decodeBlocks(s, splitsToFill(s, 108))).toBeLessThanOrEqual(Math.max(108, decodeBlocks(s)))
      expect(splitsToFill(s, 108)).toBeGreaterThanOrEqual(1)
    }
  })
})

describe('non-square tiles', () => {
  it('with FA2\'s A100 forward tiles (Br = 128, Bc = 64) masks 2 blocks in every row', () => {
    const grid = causalGrid(1024, 128, 64)
    for (let row = 0; row < 8; row++)
      expect(grid.filter(b => b.row === row && b.kind === 'masked')).toHaveLength(2)
  })
})
