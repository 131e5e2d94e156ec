import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import VllmEngineArch, { STEPS } from '../../components/VllmEngineArch.vue'

describe('VllmEngineArch', () => {
  it('at the first step draws the whole V0 engine with nothing dimmed', () => {
    const w = mount(VllmEngineArch, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('engine')
    expect(w.findAll('[data-queue]').map(q => q.attributes('data-queue'))).toEqual(['waiting', 'running', 'swapped'])
    expect(w.findAll('[data-move]').map(m => m.attributes('data-move')))
      .toEqual(['waiting->running', 'running->waiting', 'running->swapped', 'swapped->running'])
    expect(w.findAll('[data-table]')).toHaveLength(2)
    expect(w.findAll('[data-worker]')).toHaveLength(3)
    expect(w.findAll('[data-emphasis="dim"]')).toHaveLength(0)
    for (const label of ['LLMEngine', 'Scheduler', 'BlockSpaceManager', 'CacheEngine', 'AsyncLLMEngine'])
      expect(w.text()).toContain(label)
  })

  it('steps through the scheduler, then the workers (clamped at the last)', () => {
    expect(STEPS).toEqual(['engine', 'scheduler', 'workers'])
    const s = mount(VllmEngineArch, { props: { step: 1 } })
    expect(s.find('[data-part="scheduler"]').attributes('data-emphasis')).toBe('focus')
    expect(s.findAll('[data-worker]').every(w => w.attributes('data-emphasis') === 'dim')).toBe(true)

    const w = mount(VllmEngineArch, { props: { step: 999999 } })
    expect(w.find('svg').attributes('data-step')).toBe('workers')
    expect(w.find('[data-part="scheduler"]').attributes('data-emphasis')).toBe('dim')
    expect(w.findAll('[data-worker]').every(x => x.attributes('data-emphasis') === 'focus')).toBe(true)
  })
})
