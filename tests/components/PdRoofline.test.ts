import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PdRoofline from '../../components/PdRoofline.vue'
import { A100, ridge } from '../../snippets/roofline'

describe('PdRoofline', () => {
  it('at the first step places the 512-token prefill right of A100\'s ridge, no decode yet', () => {
    const w = mount(PdRoofline, { props: { step: 0 } })
    const svg = w.find('svg')
    expect(svg.attributes('data-step')).toBe('prefill')
    expect(Number(svg.attributes('data-prefill-intensity'))).toBeGreaterThan(ridge(A100))
    expect(w.find('[data-point="decode"]').exists()).toBe(false)
  })

  it('at the last step places every decode batch left of the ridge, at about B FLOP/byte', () => {
    const w = mount(PdRoofline, { props: { step: 9 } })
    const I = w.find('svg').attributes('data-decode-intensity')!.split(' ').map(Number)
    expect(w.findAll('[data-batch]').map(b => b.attributes('data-batch'))).toEqual(['1', '16', '128'])
    for (const [i, B] of [1, 16, 128].entries()) {
      expect(I[i]).toBeLessThan(ridge(A100))
      expect(I[i]).toBeGreaterThan(0.9 * B)
      expect(I[i]).toBeLessThanOrEqual(B)
    }
  })
})
