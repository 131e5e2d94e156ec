import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PdInterference from '../../components/PdInterference.vue'

describe('PdInterference', () => {
  it('at the first step shows only the shared GPU, its prefill stalling the decodes', () => {
    const w = mount(PdInterference, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('colocated')
    expect(w.findAll('[data-segment="prefill"]')).toHaveLength(1)
    expect(w.find('[data-stall]').text()).toContain('185 ms')
    expect(w.find('[data-summary="colocated"]').text()).toContain('TTFT 165 ms')
    expect(w.find('[data-disaggregated]').exists()).toBe(false)
  })

  it('at the last step adds the two instances with a KV transfer and a steady decode cadence', () => {
    const w = mount(PdInterference, { props: { step: 9 } })
    expect(w.find('svg').attributes('data-step')).toBe('disaggregated')
    expect(w.findAll('[data-segment="prefill"]')).toHaveLength(2)
    expect(w.find('[data-transfer]').exists()).toBe(true)
    expect(w.find('[data-summary="disaggregated"]').text()).toContain('TTFT 160 ms')
    expect(w.find('[data-summary="disaggregated"]').text()).toContain('25 ms')
  })
})
