import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import VllmParallelism, { STEPS } from '../../components/VllmParallelism.vue'

describe('VllmParallelism', () => {
  it('names its steps: whole model, then TP, then PP', () => {
    expect(STEPS).toEqual(['model', 'tp', 'pp'])
  })

  it('at the first step shows four whole layers and no GPU pieces', () => {
    const w = mount(VllmParallelism, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('model')
    expect(w.findAll('[data-layer-whole]')).toHaveLength(4)
    expect(w.findAll('[data-gpu]')).toHaveLength(0)
    expect(w.findAll('[data-comm]')).toHaveLength(0)
  })

  it('in TP every GPU holds a quarter of every layer, with two all-reduces per layer', () => {
    const w = mount(VllmParallelism, { props: { step: 1 } })
    const shards = w.findAll('[data-gpu]')
    expect(shards).toHaveLength(16)
    expect(shards.every(s => s.attributes('data-share') === '0.25')).toBe(true)
    for (let g = 0; g < 4; g++)
      expect(new Set(w.findAll(`[data-gpu="${g}"]`).map(s => s.attributes('data-layer')))).toEqual(new Set(['0', '1', '2', '3']))
    // two all-reduce bands per layer, one after attention and one after the MLP, each spanning all four slices
    const ar = w.findAll('[data-comm="all-reduce"]')
    expect(ar).toHaveLength(8)
    expect(ar.map(m => `${m.attributes('data-layer')}:${m.attributes('data-after')}`))
      .toEqual([0, 1, 2, 3].flatMap(l => [`${l}:attention`, `${l}:MLP`]))
    expect(w.text()).toContain('1/4')
  })

  it('at the last step (PP, clamped) GPU i holds layer i whole and passes activations on', () => {
    const w = mount(VllmParallelism, { props: { step: 999999 } })
    expect(w.find('svg').attributes('data-step')).toBe('pp')
    const shards = w.findAll('[data-gpu]')
    expect(shards.map(s => [s.attributes('data-gpu'), s.attributes('data-layer'), s.attributes('data-share')]))
      .toEqual([['0', '0', '1.00'], ['1', '1', '1.00'], ['2', '2', '1.00'], ['3', '3', '1.00']])
    expect(w.findAll('[data-comm="send"]')).toHaveLength(3)
    expect(w.findAll('[data-comm="all-reduce"]')).toHaveLength(0)
  })
})
