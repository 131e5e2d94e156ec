import { describe, expect, it } from 'vitest'
import { ALL_REDUCES_PER_LAYER, type ParallelMode, communication, shardModel, stageLayers, weightShare } from '../../snippets/vllm-parallel'

const CASES: [number, number][] = [[4, 4], [32, 4], [80, 8], [7, 3], [5, 1]]
const MODES: ParallelMode[] = ['tp', 'pp']

/** Sum of the pieces of one layer: every part of every layer is held exactly once. */
function coverage(layers: number, world: number, mode: ParallelMode): number[] {
  const shards = shardModel(layers, world, mode)
  return Array.from({ length: layers }, (_, layer) => {
    const pieces = shards.filter(s => s.layer === layer).sort((a, b) => a.from - b.from)
    // contiguous, non-overlapping, from 0 to 1
    let at = 0
    for (const p of pieces) {
      expect(p.from).toBeCloseTo(at, 12)
      at = p.to
    }
    return at
  })
}

describe('vllm-parallel', () => {
  it('covers every layer exactly once in both modes', () => {
    for (const [layers, world] of CASES) {
      for (const mode of MODES)
        expect(coverage(layers, world, mode).every(v => Math.abs(v - 1) < 1e-12)).toBe(true)
    }
  })

  it('TP: each GPU holds 1/world of every layer', () => {
    for (const [layers, world] of CASES) {
      const shards = shardModel(layers, world, 'tp')
      for (let gpu = 0; gpu < world; gpu++) {
        const mine = shards.filter(s => s.gpu === gpu)
        expect(new Set(mine.map(s => s.layer)).size).toBe(layers)
        for (const s of mine)
          expect(s.to - s.from).toBeCloseTo(1 / world, 12)
        expect(weightShare(shards, gpu, layers)).toBeCloseTo(1 / world, 12)
      }
    }
  })

  it('PP: each GPU holds whole, contiguous layers, balanced within one layer', () => {
    for (const [layers, world] of CASES) {
      const shards = shardModel(layers, world, 'pp')
      const sizes: number[] = []
      for (let gpu = 0; gpu < world; gpu++) {
        const mine = shards.filter(s => s.gpu === gpu).map(s => s.layer)
        expect(shards.filter(s => s.gpu === gpu).every(s => s.from === 0 && s.to === 1)).toBe(true)
        mine.forEach((l, i) => i > 0 && expect(l).toBe(mine[i - 1] + 1))
        sizes.push(mine.length)
      }
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1)
      expect(stageLayers(layers, world).flat()).toEqual(Array.from({ length: layers }, (_, i) => i))
    }
  })

  it('the 4-layer, 4-GPU example: TP gives a quarter of each layer, PP one whole layer each', () => {
    const tp = shardModel(4, 4, 'tp')
    expect(tp).toHaveLength(16)
    expect(tp.filter(s => s.gpu === 2).map(s => [s.layer, s.from, s.to])).toEqual([[0, 0.5, 0.75], [1, 0.5, 0.75], [2, 0.5, 0.75], [3, 0.5, 0.75]])
    const pp = shardModel(4, 4, 'pp')
    expect(pp.map(s => [s.gpu, s.layer])).toEqual([[0, 0], [1, 1], [2, 2], [3, 3]])
  })

  it('TP all-reduces twice per layer; PP sends world - 1 activations between stages', () => {
    for (const [layers, world] of CASES) {
      const tp = communication(layers, world, 'tp')
      const pp = communication(layers, world, 'pp')
      if (world === 1) {
        expect(tp).toEqual([])
        expect(pp).toEqual([])
        continue
      }
      expect(tp).toHaveLength(layers * ALL_REDUCES_PER_LAYER)
      expect(tp.every(c => c.kind === 'all-reduce')).toBe(true)
      expect(pp).toHaveLength(world - 1)
      pp.forEach((c, i) => {
        expect(c).toMatchObject({ kind: 'send', fromGpu: i, toGpu: i + 1 })
        expect(c.afterLayer).toBe(stageLayers(layers, world)[i].at(-1))
      })
    }
  })
})
