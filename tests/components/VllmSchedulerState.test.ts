import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import VllmSchedulerState, { CONFIG, STEPS } from '../../components/VllmSchedulerState.vue'

const ids = (w: ReturnType<typeof mount>, q: string) => w.find(`[data-queue="${q}"]`).attributes('data-ids')

describe('VllmSchedulerState', () => {
  it('init: empty queues and tables, every block free on both workers', () => {
    const w = mount(VllmSchedulerState, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-state')).toBe('init')
    expect(ids(w, 'waiting')).toBe('')
    expect(ids(w, 'running')).toBe('')
    expect(w.findAll('[data-table]')).toHaveLength(0)
    expect(w.findAll('[data-worker]')).toHaveLength(2)
    expect(w.findAll('[data-block]')).toHaveLength(2 * CONFIG.numBlocks)
    expect(w.findAll('[data-owner="free"]')).toHaveLength(2 * CONFIG.numBlocks)
  })

  it('round 1: s0 and s1 prefilled, s2 waits; round 2: s2 prefilled alone', () => {
    const r1 = mount(VllmSchedulerState, { props: { step: STEPS.indexOf('round1') } })
    expect(ids(r1, 'waiting')).toBe('s2')
    expect(ids(r1, 'running')).toBe('s0,s1')
    expect(r1.findAll('[data-work]').map(x => x.attributes('data-work'))).toEqual(['s0:prefill:6', 's1:prefill:5'])
    expect(r1.find('[data-table="s0"]').attributes('data-blocks')).toBe('3,8')
    const r2 = mount(VllmSchedulerState, { props: { step: STEPS.indexOf('round2') } })
    expect(ids(r2, 'waiting')).toBe('')
    expect(r2.findAll('[data-work]').map(x => x.attributes('data-work'))).toEqual(['s2:prefill:7'])
  })

  it('last step (clamped): a decode-only step for all three, six blocks used per worker', () => {
    expect(STEPS).toEqual(['init', 'arrive', 'round1', 'round2', 'round3'])
    const w = mount(VllmSchedulerState, { props: { step: 999999 } })
    expect(w.find('svg').attributes('data-state')).toBe('round3')
    expect(w.findAll('[data-work]').map(x => x.attributes('data-work'))).toEqual(['s0:decode:1', 's1:decode:1', 's2:decode:1'])
    expect(w.findAll('[data-owner="free"]')).toHaveLength(2 * (CONFIG.numBlocks - 6))
  })
})
