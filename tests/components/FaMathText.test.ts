import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FaMathText, { parseMath } from '../../components/diagram/FaMathText.vue'

describe('FaMathText', () => {
  it('splits base text, subscripts and superscripts', () => {
    expect(parseMath('S_{ij} = Q_i K_j^T')).toEqual([
      { text: 'S', shift: 'base' },
      { text: 'ij', shift: 'sub' },
      { text: ' = Q', shift: 'base' },
      { text: 'i', shift: 'sub' },
      { text: ' K', shift: 'base' },
      { text: 'j', shift: 'sub' },
      { text: 'T', shift: 'super' },
    ])
    expect(parseMath('plain 文本')).toEqual([{ text: 'plain 文本', shift: 'base' }])
  })

  it('renders one text element with tspans, small runs never below 12 units', () => {
    const w = mount(FaMathText, { props: { x: 0, y: 0, text: 'ℓ^{(1)}/ℓ^{(2)}', fontSize: 13 } })
    const spans = w.findAll('tspan')
    expect(spans.map(s => s.text())).toEqual(['ℓ', '(1)', '/ℓ', '(2)'])
    expect(spans.filter(s => s.attributes('font-size')).every(s => Number(s.attributes('font-size')) >= 12)).toBe(true)
    expect(w.find('text').attributes('data-math')).toBe('ℓ^{(1)}/ℓ^{(2)}')
  })
})
