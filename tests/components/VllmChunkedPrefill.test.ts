import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import VllmChunkedPrefill, { BUDGET, STEPS } from '../../components/VllmChunkedPrefill.vue'

const totals = (w: ReturnType<typeof mount>, panel: string) =>
  w.find(`[data-panel="${panel}"]`).findAll('[data-col]').map(c => Number(c.attributes('data-total')))

describe('VllmChunkedPrefill', () => {
  it('first step: prefill-first only, the long prompt takes a step of its own and the decodes stall', () => {
    const w = mount(VllmChunkedPrefill, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('prefill-first')
    expect(w.find('[data-panel="chunked"]').attributes('data-visible')).toBe('false')
    expect(totals(w, 'prefill-first')).toEqual([400, 4, 1200, 5, 5, 5, 5])
    const stalled = w.find('[data-panel="prefill-first"]').find('[data-col="2"]').findAll('[data-decode$=":false"]')
    expect(stalled).toHaveLength(4)
  })

  it('last step: chunked prefill keeps every step within the budget and never stalls a decode', () => {
    expect(STEPS).toEqual(['prefill-first', 'chunked'])
    const w = mount(VllmChunkedPrefill, { props: { step: 999999 } })
    expect(w.find('[data-panel="chunked"]').attributes('data-visible')).toBe('true')
    const t = totals(w, 'chunked')
    expect(t).toEqual([400, 4, 512, 512, 188, 5, 5])
    expect(t.every(x => x <= BUDGET)).toBe(true)
    expect(w.find('[data-panel="chunked"]').findAll('[data-decode$=":false"]')).toHaveLength(0)
  })
})
