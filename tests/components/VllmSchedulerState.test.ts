import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import VllmSchedulerState, { CONFIG, STEPS } from '../../components/VllmSchedulerState.vue'

const ids = (w: ReturnType<typeof mount>, q: string) => w.find(`[data-queue="${q}"]`).attributes('data-ids')
const work = (w: ReturnType<typeof mount>) => w.findAll('[data-work]').map(x => x.attributes('data-work'))

describe('VllmSchedulerState', () => {
  it('init: V1\'s two empty queues, no tables, every block free on both workers, the budget unused', () => {
    const w = mount(VllmSchedulerState, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-state')).toBe('init')
    expect(w.findAll('[data-queue]').map(q => q.attributes('data-queue'))).toEqual(['waiting', 'running'])
    expect(ids(w, 'waiting')).toBe('')
    expect(w.findAll('[data-table]')).toHaveLength(0)
    expect(w.findAll('[data-worker]')).toHaveLength(2)
    expect(w.findAll('[data-owner="free"]')).toHaveLength(2 * CONFIG.numBlocks)
    expect(w.findAll('[data-budget-cell="free"]')).toHaveLength(CONFIG.tokenBudget)
  })

  it('V1 round 1 fills the budget with two whole prefills and a chunk of s2; round 2 mixes decodes with the rest of s2', () => {
    const r1 = mount(VllmSchedulerState, { props: { step: STEPS.indexOf('round1') } })
    expect(r1.find('svg').attributes('data-policy')).toBe('chunked')
    expect(ids(r1, 'running')).toBe('s0,s1,s2')
    expect(work(r1)).toEqual(['s0:prefill:6', 's1:prefill:5', 's2:prefill:1'])
    expect(r1.find('svg').attributes('data-budget-used')).toBe(String(CONFIG.tokenBudget))
    expect(r1.find('[data-table="s0"]').attributes('data-blocks')).toBe('3,8')
    const r2 = mount(VllmSchedulerState, { props: { step: STEPS.indexOf('round2') } })
    expect(work(r2)).toEqual(['s0:decode:1', 's1:decode:1', 's2:prefill:6'])
    expect(r2.find('svg').attributes('data-budget-used')).toBe('8')
    expect(r2.findAll('[data-idle="true"]')).toHaveLength(0)
  })

  it('last step (clamped): V0\'s round 2 on the same requests runs s2\'s prefill alone while s0 and s1 wait', () => {
    expect(STEPS).toEqual(['init', 'arrive', 'round1', 'round2', 'v0round2'])
    const w = mount(VllmSchedulerState, { props: { step: 999999 } })
    expect(w.find('svg').attributes('data-policy')).toBe('prefill-first')
    expect(work(w)).toEqual(['s2:prefill:7'])
    expect(w.findAll('[data-idle="true"]').map(c => c.attributes('data-chip'))).toEqual(['s0', 's1'])
  })
})
