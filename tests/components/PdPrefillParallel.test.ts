import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PdPrefillParallel, { STEPS } from '../../components/PdPrefillParallel.vue'

describe('PdPrefillParallel', () => {
  it('at the first step draws the three set-ups with K = 1.5, crossing near 2.3 req/s', () => {
    const w = mount(PdPrefillParallel, { props: { step: 0 } })
    const svg = w.find('svg')
    expect(svg.attributes('data-step')).toBe('k1.5')
    expect(svg.attributes('data-k')).toBe('1.5')
    expect(Number(svg.attributes('data-crossover'))).toBeCloseTo(2.3, 1)
    expect(w.findAll('[data-series]').map(s => s.attributes('data-series'))).toEqual(['single', 'inter', 'intra'])
    expect(w.text()).toContain('K = 1.5')
  })

  it('at the last step uses K = 1.9 and the crossover moves right', () => {
    const w = mount(PdPrefillParallel, { props: { step: 99 } })
    const svg = w.find('svg')
    expect(STEPS).toHaveLength(5)
    expect(svg.attributes('data-k')).toBe('1.9')
    expect(Number(svg.attributes('data-crossover'))).toBeGreaterThan(3.9)
    expect(w.text()).toContain('K = 1.9')
  })
})
