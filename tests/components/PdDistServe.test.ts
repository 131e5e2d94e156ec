import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PdDistServe from '../../components/PdDistServe.vue'

describe('PdDistServe', () => {
  it('at the first step highlights the prefill instances, four GPUs each', () => {
    const w = mount(PdDistServe, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('prefill')
    expect(w.findAll('[data-instance]').map(i => i.attributes('data-instance'))).toEqual(['prefill', 'decode'])
    expect(w.find('[data-instance="prefill"]').attributes('data-emphasis')).toBe('focus')
    expect(w.find('[data-instance="prefill"]').findAll('[data-gpu]')).toHaveLength(4)
    expect(w.text()).toContain('Controller')
  })

  it('at the last step highlights the decoding instances after the KV cache transfer', () => {
    const w = mount(PdDistServe, { props: { step: 7 } })
    expect(w.find('svg').attributes('data-step')).toBe('decode')
    expect(w.find('[data-instance="decode"]').attributes('data-emphasis')).toBe('focus')
    expect(w.find('[data-transfer]').attributes('data-emphasis')).toBe('normal')
    expect(w.find('[data-transfer]').text()).toContain('KV Cache')
  })
})
