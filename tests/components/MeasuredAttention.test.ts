import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MeasuredAttention from '../../components/MeasuredAttention.vue'
import { attention } from '../../lib/measured'

describe('MeasuredAttention', () => {
  it('at the first step shows the two times and the speed-up at every N', () => {
    const w = mount(MeasuredAttention, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('time')
    expect(w.findAll('[data-series]').map(s => s.attributes('data-series'))).toEqual(['materialised', 'fused'])
    expect(w.findAll('[data-speedup]')).toHaveLength(5)
    expect(w.findAll('[data-speedup]').every(s => Number(s.attributes('data-speedup')) > 1)).toBe(true)
    expect(w.find('[data-panel="memory"]').attributes('data-shown')).toBe('false')
    expect(w.find('[data-series-mem]').exists()).toBe(false)
    expect(w.text()).toContain('1k')
    expect(w.find('[data-provenance]').text()).toContain('实测：H200，随机数据，2026-12-01，32 头')
  })

  it('at the last step adds the memory: materialised grows as N², fused as N', () => {
    const w = mount(MeasuredAttention, { props: { step: 5 } })
    expect(w.find('svg').attributes('data-step')).toBe('memory')
    const mem = w.findAll('[data-series-mem]')
    expect(mem.map(m => m.attributes('data-series-mem'))).toEqual(['materialised', 'fused'])
    expect(Number(mem[0].attributes('data-last-bytes'))).toBeGreaterThan(3e10)
    expect(Number(mem[1].attributes('data-last-bytes'))).toBeLessThan(2e8)
    expect(w.find('[data-mem-ratio]').text()).toMatch(/^×\d{3}$/)
    expect(w.find('[data-mem-label="materialised"]').text()).toContain('∝ N²')
  })

  it('draws the values of lib/measured.ts', () => {
    const w = mount(MeasuredAttention, { props: { step: 1 } })
    expect(w.findAll('[data-speedup]').map(s => s.attributes('data-speedup'))).toEqual(attention.map(a => a.speedup.toFixed(2)))
    const mem = w.findAll('[data-series-mem]').map(m => Number(m.attributes('data-last-bytes')))
    expect(mem).toEqual([attention.at(-1)!.materialisedPeakBytes, attention.at(-1)!.fusedPeakBytes])
  })
})
