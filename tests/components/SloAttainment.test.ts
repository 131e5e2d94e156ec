import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SloAttainment from '../../components/SloAttainment.vue'
import { sampleRequests, sloReport } from '../../snippets/error-budget'

describe('SloAttainment', () => {
  it('at the first step draws one dot per request, the target box and both P90s, no attainment yet', () => {
    const w = mount(SloAttainment, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('percentiles')
    expect(w.findAll('[data-met]')).toHaveLength(sampleRequests().length)
    expect(w.find('[data-target]').exists()).toBe(true)
    expect(w.find('[data-percentiles]').text()).toContain('P90')
    expect(w.find('[data-attainment]').exists()).toBe(false)
    expect(w.text()).toContain('示意数据')
  })

  it('at the last step prints the share inside the box against the 90% goal and the budget spent', () => {
    const w = mount(SloAttainment, { props: { step: 9 } })
    const r = sloReport(sampleRequests())
    expect(w.find('svg').attributes('data-step')).toBe('attainment')
    expect(w.findAll('[data-met="true"]')).toHaveLength(r.met.filter(Boolean).length)
    expect(w.find('[data-attainment]').text()).toContain(`${Math.round(r.attainment * 100)}% < 90%`)
  })
})
