import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import VllmContinuousBatching, { ITERATIONS, SLOTS, STEPS } from '../../components/VllmContinuousBatching.vue'

describe('VllmContinuousBatching', () => {
  it('after one iteration: four prompts in the four slots, three requests waiting', () => {
    const w = mount(VllmContinuousBatching, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('first')
    expect(w.findAll('[data-cell]')).toHaveLength(SLOTS * ITERATIONS)
    expect(w.findAll('[data-kind="prompt"]')).toHaveLength(4)
    expect(w.findAll('[data-kind="hidden"]')).toHaveLength(SLOTS * (ITERATIONS - 1))
    expect(w.find('[data-waiting]').text()).toContain('S5 S6 S7')
  })

  it('after eight: a finished slot is taken by a new request on the next iteration', () => {
    expect(STEPS).toEqual(['first', 'eight', 'static'])
    const w = mount(VllmContinuousBatching, { props: { step: 999999 } })
    expect(w.findAll('[data-kind="hidden"]')).toHaveLength(0)
    const cell = (slot: number, t: number) => w.find(`[data-cell="${slot}-${t}"]`)
    // S4 ends at T2 in slot 4, S5 prefills there at T3
    expect(cell(3, 1).attributes('data-kind')).toBe('eos')
    expect(cell(3, 2).attributes('data-kind')).toBe('prompt')
    expect(cell(3, 2).attributes('data-id')).toBe('S5')
    // S1 ends at T3, S6 takes slot 1 at T4; S7 takes slot 2 at T7
    expect(cell(0, 3).attributes('data-id')).toBe('S6')
    expect(cell(1, 6).attributes('data-id')).toBe('S7')
    expect(w.findAll('[data-kind="eos"]').map(c => c.attributes('data-id')).sort()).toEqual(['S1', 'S2', 'S4', 'S5', 'S6'])
    expect(w.find('[data-static]').attributes('data-refilled')).toBe(String(w.findAll('[data-id^="S5"],[data-id^="S6"],[data-id^="S7"]').length))
    expect(w.find('[data-waiting]').text()).toContain('静态 batching')
  })

  it('after eight, before the contrast: the queue has emptied', () => {
    const w = mount(VllmContinuousBatching, { props: { step: 1 } })
    expect(w.find('[data-static]').exists()).toBe(false)
    expect(w.find('[data-waiting]').text()).toContain('（空）')
  })
})
