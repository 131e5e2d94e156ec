import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FlashAttentionOverview, { SPEEDUP, STEPS } from '../../components/FlashAttentionOverview.vue'

describe('FlashAttentionOverview', () => {
  it('at the first step shows all three panels at full strength', () => {
    const w = mount(FlashAttentionOverview, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('all')
    expect(w.findAll('[data-panel]').map(p => p.attributes('opacity'))).toEqual(['1', '1', '1'])
    expect(w.findAll('[data-level]')).toHaveLength(3)
    expect(w.text()).toContain('19 TB/s（20 MB）')
    expect(w.text()).toContain('1.5 TB/s（40 GB）')
  })

  it('at the last step focuses the fused-kernel panel, bars 7.6x apart', () => {
    const w = mount(FlashAttentionOverview, { props: { step: 99 } })
    expect(w.find('svg').attributes('data-step')).toBe(STEPS.at(-1))
    expect(w.find('[data-panel="fusion"]').attributes('opacity')).toBe('1')
    expect(w.find('[data-panel="memory"]').attributes('opacity')).toBe('0.3')
    const ms = w.findAll('[data-bar]').map(b => Number(b.attributes('data-ms')))
    expect(ms[0] / ms[1]).toBeCloseTo(SPEEDUP, 1)
    expect(w.text()).toContain('7.6x')
  })
})
