import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import GpuBatching, { STEPS } from '../../components/GpuBatching.vue'
import { LLM_TRACE, MAX_WAIT, SLOTS, simulate } from '../../snippets/gpu-batching'

describe('GpuBatching', () => {
  it('at the first step shows the arrivals and static batching of the classic model only', () => {
    const w = mount(GpuBatching, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('classic-static')
    expect(w.findAll('[data-arrival]')).toHaveLength(LLM_TRACE.length)
    expect(w.find('[data-row="static"]').findAll('[data-batch]')).toHaveLength(2)
    expect(w.find('[data-row="dynamic-classic"]').findAll('[data-batch]')).toHaveLength(0)
    expect(w.findAll('[data-cell]')).toHaveLength(0)
  })

  it('at the last step draws every row from the simulation and prints its numbers', () => {
    const w = mount(GpuBatching, { props: { step: 99 } })
    expect(w.find('svg').attributes('data-step')).toBe(STEPS[STEPS.length - 1])
    expect(w.find('[data-row="dynamic-classic"]').findAll('[data-batch]')).toHaveLength(3)
    const work = LLM_TRACE.reduce((s, r) => s + r.steps, 0)
    for (const policy of ['none', 'dynamic', 'continuous'] as const) {
      const row = w.find(`[data-row="${policy}"]`)
      const s = simulate(LLM_TRACE, { policy, slots: SLOTS, maxWait: MAX_WAIT })
      expect(row.attributes('data-utilisation')).toBe(s.utilisation.toFixed(3))
      expect(row.findAll('[data-cell="prefill"]')).toHaveLength(LLM_TRACE.length)
      expect(row.findAll('[data-cell="prefill"], [data-cell="decode"]')).toHaveLength(work)
      expect(row.text()).toContain(`${Math.round(s.utilisation * 100)}%`)
    }
    // only request-level batching holds slots idle
    expect(w.find('[data-row="dynamic"]').findAll('[data-cell="idle"]').length).toBeGreaterThan(0)
    expect(w.find('[data-row="continuous"]').findAll('[data-cell="idle"]')).toHaveLength(0)
    expect(w.find('[data-row="continuous"]').text()).toContain('80%')
  })
})
