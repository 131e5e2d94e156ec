import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RooflineChart from '../../components/RooflineChart.vue'

describe('RooflineChart', () => {
  it('at the first step draws the A100 and H100 roofs only', () => {
    const w = mount(RooflineChart, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('roofs')
    expect(w.findAll('[data-roof]').map(r => r.attributes('data-ridge'))).toEqual(['295', '153'])
    expect(w.text()).toContain('989.4 TFLOPS')
    expect(w.findAll('[data-ridge-mark]')).toHaveLength(0)
    expect(w.findAll('[data-point]')).toHaveLength(0)
  })

  it('at the last step marks both ridges, places six operations and draws FlashAttention as a bracket', () => {
    const w = mount(RooflineChart, { props: { step: 5 } })
    expect(w.findAll('[data-ridge-mark]')).toHaveLength(2)
    const points = w.findAll('[data-point]')
    expect(points.map(p => p.attributes('data-point'))).toEqual(['decode', 'decode-gqa', 'softmax', 'standard', 'flash', 'gemm'])
    expect(points[0].attributes('data-intensity')).toBe('1.00')
    expect(w.text()).toContain('保守 124')
    expect(w.text()).toContain('理想 2048')
    expect(w.findAll('[data-bracket]')).toHaveLength(1)
    expect(points[1].attributes('data-intensity')).toBe('4.00')
  })
})
