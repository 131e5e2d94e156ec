import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import SreTerms, { TERMS } from '../../components/SreTerms.vue'

describe('SreTerms', () => {
  it('at the first term, SLI is focused and no relation is lit', () => {
    const w = mount(SreTerms, { props: { focus: 'sli' } })
    expect(w.find('svg').attributes('data-focus')).toBe('sli')
    expect(w.find('[data-term="sli"]').attributes('data-emphasis')).toBe('focus')
    expect(w.findAll('[data-emphasis="dim"]').map(g => g.attributes('data-term'))).toEqual(['slo', 'sla'])
    expect(w.findAll('[data-lit="true"]')).toHaveLength(0)
  })

  it('at the last term, SLA is focused and the "+ consequences" relation is lit', () => {
    const w = mount(SreTerms, { props: { focus: 'sla' } })
    expect(w.find('[data-term="sla"]').attributes('data-emphasis')).toBe('focus')
    const lit = w.findAll('[data-lit="true"]')
    expect(lit).toHaveLength(1)
    expect(lit[0].attributes('data-relation')).toBe('contract')
    expect(lit[0].text()).toContain('违约后果')
  })

  it('draws all three terms around SRE for every focus', () => {
    for (const focus of TERMS) {
      const w = mount(SreTerms, { props: { focus } })
      expect(w.findAll('[data-term]')).toHaveLength(3)
      expect(w.text()).toContain('SRE')
      expect(w.findAll('[data-emphasis="focus"]')).toHaveLength(1)
    }
  })
})
