import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import VllmChunkedPrefill, { BUDGET, STEPS, columns, decodeTimes, stepMs } from '../../components/VllmChunkedPrefill.vue'

const totals = (w: ReturnType<typeof mount>, panel: string) =>
  w.find(`[data-panel="${panel}"]`).findAll('[data-col]').map(c => Number(c.attributes('data-total')))

describe('VllmChunkedPrefill', () => {
  it('first step: prefill-first only, the long prompt takes a step of its own and the decodes stall in time', () => {
    const w = mount(VllmChunkedPrefill, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('prefill-first')
    expect(w.find('[data-panel="chunked"]').attributes('data-visible')).toBe('false')
    expect(totals(w, 'prefill-first')).toEqual([400, 4, 1200, 5, 5, 5, 5])
    // the decodes' longest gap: the whole 1,200-token step, then their own next step
    expect(Number(w.find('[data-panel="prefill-first"]').attributes('data-max-gap'))).toBeCloseTo(stepMs(1200) + stepMs(5), 1)
  })

  it('last step: chunked keeps every step within the budget, shortens the stall, delays the long prompt\'s first token', () => {
    expect(STEPS).toEqual(['prefill-first', 'chunked'])
    const w = mount(VllmChunkedPrefill, { props: { step: 999999 } })
    expect(w.find('[data-panel="chunked"]').attributes('data-visible')).toBe('true')
    const t = totals(w, 'chunked')
    expect(t).toEqual([400, 4, 512, 512, 188, 5, 5])
    expect(t.every(x => x <= BUDGET)).toBe(true)
    const pf = decodeTimes(columns('prefill-first'))
    const ck = decodeTimes(columns('chunked'))
    expect(ck.maxGap).toBeLessThan(pf.maxGap)
    expect(ck.longFirst).toBeGreaterThan(pf.longFirst) // TTFT traded for TPOT
    // under chunked prefill the short requests get a token in every step
    expect(ck.times).toHaveLength(columns('chunked').length)
    expect(pf.times).toHaveLength(columns('prefill-first').length - 1)
  })
})
