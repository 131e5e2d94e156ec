import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RooflineChart, { MEASURED_N } from '../../components/RooflineChart.vue'
import { balance, measuredRooflinePoints } from '../../lib/measured'

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
    const w = mount(RooflineChart, { props: { step: 2 } })
    expect(w.find('svg').attributes('data-step')).toBe('points')
    expect(w.find('[data-measured]').exists()).toBe(false)
    expect(w.findAll('[data-ridge-mark]')).toHaveLength(2)
    const points = w.findAll('[data-point]')
    expect(points.map(p => p.attributes('data-point'))).toEqual(['decode', 'decode-gqa', 'softmax', 'standard', 'flash', 'gemm'])
    expect(points[0].attributes('data-intensity')).toBe('1.00')
    expect(w.text()).toContain('保守 124')
    expect(w.text()).toContain('理想 2048')
    expect(w.findAll('[data-bracket]')).toHaveLength(1)
    expect(points[1].attributes('data-intensity')).toBe('4.00')
  })

  it('at the last step draws the measured H200 roof and operations from lib/measured.ts, the modelled points dimmed', () => {
    const w = mount(RooflineChart, { props: { step: 99 } })
    expect(w.find('svg').attributes('data-step')).toBe('measured')
    expect(w.find('[data-modelled]').attributes('opacity')).toBe('0.3')
    expect(w.findAll('[data-point]')).toHaveLength(6)
    expect(w.text()).not.toContain('保守 124')
    const m = w.find('[data-measured]')
    expect(m.attributes('data-peak')).toBe(balance.gemmPeakTflops.toFixed(1))
    expect(m.attributes('data-bandwidth')).toBe(balance.bandwidthGBps.toFixed(0))
    expect(m.attributes('data-ridge')).toBe(balance.ridge.toFixed(0))
    const expected = measuredRooflinePoints(MEASURED_N)
    const drawn = w.findAll('[data-measured-point]')
    expect(drawn.map(p => p.attributes('data-measured-point'))).toEqual(expected.map(p => p.id))
    expect(drawn.map(p => p.attributes('data-tflops'))).toEqual(expected.map(p => p.tflops.toFixed(1)))
    expect(drawn.map(p => p.attributes('data-intensity'))).toEqual(expected.map(p => p.intensity.toFixed(2)))
    expect(w.find('[data-provenance]').text()).toBe('实测：H200，随机权重与数据，2026-12-01（中位数）')
    expect(w.text()).toContain('bench/gpu/machine_balance.py、decode.py、attention.py')
  })
})
