import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PdMooncakeFlow from '../../components/PdMooncakeFlow.vue'

describe('PdMooncakeFlow', () => {
  it('at the first step draws both instances and all four moves, none highlighted', () => {
    const w = mount(PdMooncakeFlow, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('overview')
    expect(w.findAll('[data-move]').map(m => m.attributes('data-move'))).toEqual(['s1', 's2', 's3', 's4'])
    expect(w.findAll('[data-move]').every(m => m.attributes('data-emphasis') === 'normal')).toBe(true)
  })

  it('at the last step highlights S4 only', () => {
    const w = mount(PdMooncakeFlow, { props: { step: 12 } })
    expect(w.find('svg').attributes('data-step')).toBe('s4')
    expect(w.findAll('[data-move]').map(m => m.attributes('data-emphasis'))).toEqual(['dim', 'dim', 'dim', 'focus'])
    expect(w.find('[data-caption]').text()).toContain('S4')
  })
})
