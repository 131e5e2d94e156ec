import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtParallel, { STEPS } from '../../components/TrtParallel.vue'

const gpus = (w: ReturnType<typeof mount>, net: string, layer?: number) =>
  new Set(w.find(`[data-net="${net}"]`).findAll(layer === undefined ? 'rect[data-gpu]' : `[data-layer="${layer}"] rect[data-gpu]`).map(c => c.attributes('data-gpu')))
const used = (w: ReturnType<typeof mount>) =>
  w.findAll('[data-gpu-slot]').filter(g => g.attributes('data-used') !== '-1').map(g => g.attributes('data-gpu-slot'))

describe('TrtParallel', () => {
  it('at the first step shows the two servers and the unsplit model, TP and PP faded', () => {
    const w = mount(TrtParallel, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('topology')
    expect(w.findAll('[data-server]')).toHaveLength(2)
    expect(w.find('[data-net="tensor"]').attributes('opacity')).toBe('0.15')
    expect(w.find('[data-net="pipeline"]').attributes('opacity')).toBe('0.15')
    expect(gpus(w, 'none')).toEqual(new Set(['0']))
    expect(w.find('[data-net="none"]').findAll('[data-layer]').map(l => l.text())).toEqual(['Layer 0', 'Layer 1', 'Layer 2', 'Layer 3'])
    expect(used(w)).toEqual([])
  })

  it('splits every layer across both GPUs for TP, and on one server', () => {
    const w = mount(TrtParallel, { props: { step: 1 } })
    for (const l of [0, 1, 2, 3])
      expect(gpus(w, 'tensor', l)).toEqual(new Set(['0', '1']))
    expect(w.find('[data-collective="tensor"]').text()).toContain('all-reduce')
    expect(used(w)).toEqual(['0-0', '0-1'])
  })

  it('gives whole layers to each GPU for PP, one per server across InfiniBand', () => {
    const w = mount(TrtParallel, { props: { step: 99 } })
    expect(w.find('svg').attributes('data-step')).toBe(STEPS.at(-1))
    expect(w.find('[data-net="pipeline"]').attributes('opacity')).toBe('1')
    expect([0, 1, 2, 3].map(l => [...gpus(w, 'pipeline', l)])).toEqual([['0'], ['0'], ['1'], ['1']])
    expect(w.find('[data-collective="pipeline"]').text()).toContain('send / recv')
    expect(used(w)).toEqual(['0-0', '1-0'])
  })
})
