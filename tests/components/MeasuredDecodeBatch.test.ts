import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MeasuredDecodeBatch from '../../components/MeasuredDecodeBatch.vue'
import { decodeAt } from '../../lib/measured'

describe('MeasuredDecodeBatch', () => {
  it('at the first step draws the latency of both contexts against batch, no floor, no throughput', () => {
    const w = mount(MeasuredDecodeBatch, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('latency')
    expect(w.findAll('[data-series]').map(s => [s.attributes('data-series'), s.attributes('data-points')])).toEqual([['512', '9'], ['4096', '8']])
    expect(w.find('[data-series="512"] circle').attributes('data-ms')).toBe(decodeAt(512)[0].ms.toFixed(2))
    expect(w.find('[data-floor]').exists()).toBe(false)
    expect(w.find('[data-panel="throughput"]').attributes('data-shown')).toBe('false')
    expect(w.find('[data-series-tps]').exists()).toBe(false)
    expect(w.find('[data-gain-latency]').text()).toMatch(/5\.3 → 6\.7 ms/)
    expect(w.find('[data-provenance]').text()).toContain('实测：H200，随机权重，2026-12-01')
    // the batch axis is logarithmic: equal steps for each doubling
    const xs = w.findAll('[data-series="512"] circle').map(c => Number(c.attributes('cx')))
    expect(xs[2] - xs[1]).toBeCloseTo(xs[1] - xs[0], 6)
  })

  it('at the last step adds the bandwidth floor and the tokens/s panel', () => {
    const w = mount(MeasuredDecodeBatch, { props: { step: 7 } })
    expect(w.find('svg').attributes('data-step')).toBe('throughput')
    expect(Number(w.find('[data-floor]').attributes('data-floor-ms'))).toBeCloseTo(3.6, 1)
    expect(w.findAll('[data-series-tps]')).toHaveLength(2)
    expect(w.find('[data-gain]').text()).toMatch(/189 → 9,553 token\/s（×50）/)
  })
})
