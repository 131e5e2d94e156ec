import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PdPhaseBatch from '../../components/PdPhaseBatch.vue'

describe('PdPhaseBatch', () => {
  it('at the first step shows the prefill panel, four input lengths, the compute ceiling', () => {
    const w = mount(PdPhaseBatch, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('prefill')
    expect(w.findAll('[data-shown="true"]').map(p => p.attributes('data-panel'))).toEqual(['prefill'])
    const pre = w.find('[data-panel="prefill"]')
    expect(pre.findAll('[data-series]').map(s => s.attributes('data-series'))).toEqual(['128', '256', '512', '1024'])
    // curves stop where memory runs out: 8, 8, 7, 6 batch sizes
    expect(pre.findAll('[data-series]').map(s => s.attributes('data-points'))).toEqual(['8', '8', '7', '6'])
    expect(w.find('[data-ceiling]').text()).toContain('9,000')
  })

  it('at the last step shows both panels', () => {
    const w = mount(PdPhaseBatch, { props: { step: 4 } })
    expect(w.find('svg').attributes('data-step')).toBe('decode')
    expect(w.findAll('[data-shown="true"]')).toHaveLength(2)
    // decode on a log axis, with the proportional-growth reference it bends away from
    expect(w.find('[data-panel="decode"] [data-proportional]').exists()).toBe(true)
    expect(w.find('[data-panel="decode"]').text()).toContain('10,000')
    expect(w.find('[data-panel="decode"]').findAll('[data-series]')).toHaveLength(4)
  })
})
