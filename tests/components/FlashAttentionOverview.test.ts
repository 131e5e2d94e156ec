import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FlashAttentionOverview, { MEASURED_N, STEPS } from '../../components/FlashAttentionOverview.vue'
import { attention } from '../../lib/measured'

describe('FlashAttentionOverview', () => {
  it('at the first step shows all three panels at full strength', () => {
    const w = mount(FlashAttentionOverview, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('all')
    expect(w.findAll('[data-panel]').map(p => p.attributes('opacity'))).toEqual(['1', '1', '1'])
    expect(w.findAll('[data-level]')).toHaveLength(3)
    expect(w.text()).toContain('19 TB/s（20 MB）')
    expect(w.text()).toContain('1.5 TB/s（40 GB）')
  })

  it('at the last step focuses the fused-kernel panel: measured bars, the materialised one split by stage to scale', () => {
    const w = mount(FlashAttentionOverview, { props: { step: 99 } })
    expect(w.find('svg').attributes('data-step')).toBe(STEPS.at(-1))
    expect(w.find('[data-panel="fusion"]').attributes('opacity')).toBe('1')
    expect(w.find('[data-panel="memory"]').attributes('opacity')).toBe('0.3')
    const p = attention.find(a => a.n === MEASURED_N)!
    expect(w.find('[data-bar="materialised"]').attributes('data-ms')).toBe(p.materialisedMs.toFixed(3))
    expect(w.find('[data-bar="fused"]').attributes('data-ms')).toBe(p.fusedMs.toFixed(3))
    const stages = w.findAll('[data-stage]')
    expect(stages.map(s => s.attributes('data-stage'))).toEqual(['qk', 'softmax', 'pv'])
    expect(stages.map(s => s.attributes('data-ms'))).toEqual([p.stagesMs.qk, p.stagesMs.softmax, p.stagesMs.pv].map(v => v.toFixed(3)))
    // to scale: the segments stack up to the whole bar, each in proportion to its stage time
    const h = stages.map(s => Number(s.find('rect').attributes('height')))
    const fusedH = Number(w.find('[data-bar="fused"] rect').attributes('height'))
    expect(h.reduce((a, b) => a + b) / fusedH).toBeCloseTo(p.speedup, 6)
    expect(h[1] / h[0]).toBeCloseTo(p.stagesMs.softmax / p.stagesMs.qk, 6)
    // the element-wise softmax takes most of the time
    expect(h[1]).toBeGreaterThan(h[0] + h[2])
    expect(w.find('[data-speedup]').text()).toBe(`${p.speedup.toFixed(1)}x`)
    expect(w.find('[data-provenance]').text()).toBe('实测：H200，随机数据，2026-12-01')
  })
})
