import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import MeasuredMachineBalance, { STEPS } from '../../components/MeasuredMachineBalance.vue'
import { balance } from '../../lib/measured'

describe('MeasuredMachineBalance', () => {
  it('at the first step shows the bandwidth bars only, labelled as measured', () => {
    const w = mount(MeasuredMachineBalance, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('bandwidth')
    expect(w.findAll('[data-shown="true"]').map(g => g.attributes('data-group'))).toEqual(['bandwidth'])
    const bars = w.find('[data-group="bandwidth"]').findAll('[data-bar]')
    expect(bars.map(b => b.attributes('data-value'))).toEqual(['1.6', '4.8', (balance.bandwidthGBps / 1e3).toFixed(1)])
    expect(w.find('[data-provenance]').text()).toBe('实测：H200，随机数据，2026-12-01')
    expect(w.text()).toContain('bench/gpu/machine_balance.py')
  })

  it('at the last step shows all three groups drawn to scale, the ridge points last', () => {
    const w = mount(MeasuredMachineBalance, { props: { step: 99 } })
    expect(w.find('svg').attributes('data-step')).toBe(STEPS[STEPS.length - 1])
    expect(w.findAll('[data-shown="true"]')).toHaveLength(3)
    const ridge = w.find('[data-group="ridge"]').findAll('[data-bar]')
    expect(ridge.map(b => Number(b.attributes('data-value')))).toEqual([200.6, 206.1, +balance.ridge.toFixed(1)])
    // to scale: within a group bar widths are in the ratio of the values
    const widths = w.find('[data-group="compute"]').findAll('rect').map(r => Number(r.attributes('width')))
    expect(widths[2] / widths[1]).toBeCloseTo(balance.gemmPeakTflops / 989.4, 6)
    expect(widths[0] / widths[1]).toBeCloseTo(312 / 989.4, 6)
  })
})
