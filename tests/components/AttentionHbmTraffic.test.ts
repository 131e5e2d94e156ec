import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import AttentionHbmTraffic from '../../components/AttentionHbmTraffic.vue'

describe('AttentionHbmTraffic', () => {
  it('at the first step shows the three kernels of standard attention and their bytes', () => {
    const w = mount(AttentionHbmTraffic, { props: { step: 0 } })
    expect(w.findAll('[data-panel="standard"] [data-transfer]')).toHaveLength(3)
    expect(w.find('[data-panel="flash"]').exists()).toBe(false)
    expect(w.text()).toContain('写 S 32 MiB')
    expect(w.text()).toContain('读 Q、K 2 MiB')
  })

  it('at the last step shows the fused loop (m_i, not v_i) and the computed totals', () => {
    const w = mount(AttentionHbmTraffic, { props: { step: 10 } })
    const flash = w.find('[data-panel="flash"]')
    expect(flash.findAll('[data-transfer]')).toHaveLength(3)
    expect(flash.find('[data-transfer="out"]').text().replace(/\s/g, '')).toContain('写O')
    expect(flash.find('[data-transfer="out"]').text()).toContain('m')
    expect(flash.text()).not.toContain('v_i')
    // writes to HBM in the same colour on both sides
    expect(flash.find('[data-transfer="out"]').html()).toContain('var(--fig-bad)')
    expect(w.find('[data-panel="standard"] [data-transfer="S"]').html()).toContain('var(--fig-bad)')
    expect(flash.text()).toContain('FA1')
    const bars = w.findAll('[data-bar]')
    expect(bars.map(b => b.attributes('data-bar'))).toEqual(['standard', 'fa1', 'fa2', 'minimum'])
    expect(bars.map(b => b.text().match(/[\d.]+ MiB/)?.[0])).toEqual(['132 MiB', '100 MiB', '66 MiB', '4 MiB'])
  })
})
