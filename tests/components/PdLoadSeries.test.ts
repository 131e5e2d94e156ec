import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PdLoadSeries from '../../components/PdLoadSeries.vue'

describe('PdLoadSeries', () => {
  it('at the first step draws both pools for one policy, no comparison', () => {
    const w = mount(PdLoadSeries, { props: { mode: 'early', step: 0 } })
    expect(w.find('svg').attributes('data-mode')).toBe('early')
    expect(w.findAll('[data-series]').map(s => s.attributes('data-series'))).toEqual(['prefill', 'decode'])
    expect(w.find('[data-series="decode"]').attributes('points')!.split(' ')).toHaveLength(240)
    expect(w.find('[data-compare]').exists()).toBe(false)
  })

  it('at the last step overlays the other policy; prediction swings less and wastes less', () => {
    const early = mount(PdLoadSeries, { props: { mode: 'early', step: 5 } })
    const pred = mount(PdLoadSeries, { props: { mode: 'predicted', step: 5 } })
    expect(pred.find('[data-series="other-decode"]').exists()).toBe(true)
    const num = (w: typeof early, a: string) => Number(w.find('svg').attributes(a))
    expect(num(early, 'data-decode-std')).toBeGreaterThan(num(pred, 'data-decode-std'))
    expect(num(early, 'data-prefill-std')).toBeGreaterThan(num(pred, 'data-prefill-std'))
    expect(num(early, 'data-wasted')).toBeGreaterThan(num(pred, 'data-wasted'))
  })
})
