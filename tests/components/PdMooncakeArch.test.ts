import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PdMooncakeArch from '../../components/PdMooncakeArch.vue'

describe('PdMooncakeArch', () => {
  it('at the first step draws the Conductor, three pools and both goals, none highlighted', () => {
    const w = mount(PdMooncakeArch, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('overview')
    expect(w.findAll('[data-pool]').map(p => p.attributes('data-pool'))).toEqual(['prefill', 'kvcache', 'decode'])
    expect(w.findAll('[data-pool]').every(p => p.attributes('data-emphasis') === 'normal')).toBe(true)
    expect(w.findAll('[data-scheduler]')).toHaveLength(3)
    expect(w.findAll('[data-instance="prefill"]')).toHaveLength(2)
    expect(w.findAll('[data-instance="decode"]')).toHaveLength(2)
    expect(w.text()).toContain('TTFT ≤ SLO')
    expect(w.text()).toContain('TBT ≤ SLO')
    expect(w.text()).toContain('RDMA')
  })

  it('at the last step highlights the decode pool and dims the others', () => {
    const w = mount(PdMooncakeArch, { props: { step: 99 } })
    expect(w.find('svg').attributes('data-step')).toBe('decode')
    expect(w.findAll('[data-pool]').map(p => p.attributes('data-emphasis'))).toEqual(['dim', 'dim', 'focus'])
  })
})
