import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtTimeline, { EVENTS, STEPS, months } from '../../components/TrtTimeline.vue'

describe('TrtTimeline', () => {
  it('keeps the history in date order, from the 2023 launch to the 2026 removal', () => {
    expect(EVENTS.map(e => e.key)).toEqual(['launch', 'open', 'pytorch', 'removed'])
    for (let i = 1; i < EVENTS.length; i++)
      expect(EVENTS[i].at).toBeGreaterThan(EVENTS[i - 1].at)
    expect(months(2025, 9, 24) - months(2023, 10, 19)).toBeCloseTo(23.2, 1)
  })

  it('at the first step shows only the launch and the engine backend', () => {
    const w = mount(TrtTimeline, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('launch')
    expect(w.findAll('[data-event]').map(g => g.attributes('data-event'))).toEqual(['launch'])
    expect(w.findAll('[data-lane]').map(g => g.attributes('data-lane'))).toEqual(['engine'])
  })

  it('at the last step shows all four events, both backends and today', () => {
    const w = mount(TrtTimeline, { props: { step: 99 } })
    expect(w.find('svg').attributes('data-step')).toBe(STEPS.at(-1))
    expect(w.findAll('[data-event]').map(g => g.attributes('data-event'))).toEqual(['launch', 'open', 'pytorch', 'removed', 'today'])
    expect(w.findAll('[data-lane]').map(g => g.attributes('data-lane'))).toEqual(['engine', 'pytorch'])
    expect(w.find('[data-lane="engine"]').text()).toContain('移除')
  })
})
