import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PdPrefillParallel, { STEPS } from '../../components/PdPrefillParallel.vue'

const goodput = (w: ReturnType<typeof mount>) => Object.fromEntries(w.find('svg').attributes('data-goodput')!
  .split(' ').map(p => p.split(':')).map(([id, v]) => [id, Number(v)]))

describe('PdPrefillParallel', () => {
  it('at the first step draws one GPU under the TTFT SLO, its goodput marked', () => {
    const w = mount(PdPrefillParallel, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('single')
    expect(w.findAll('[data-series]').map(s => s.attributes('data-series'))).toEqual(['single'])
    expect(w.find('[data-slo]').exists()).toBe(true)
    expect(goodput(w).single).toBeCloseTo(1.25, 2) // 0.4 + 0.16R / (2(1 − 0.4R)) = 0.6
    expect(w.find('[data-crossover-mark]').exists()).toBe(false)
  })

  it('at the last step uses K = 1.9: intra-op crosses inter-op near 4.1 req/s and out-serves it under the SLO', () => {
    const w = mount(PdPrefillParallel, { props: { step: 99 } })
    const svg = w.find('svg')
    expect(STEPS).toEqual(['single', 'inter', 'k1.5', 'k1.7', 'k1.9'])
    expect(svg.attributes('data-k')).toBe('1.9')
    expect(Number(svg.attributes('data-crossover'))).toBeCloseTo(4.06, 1)
    expect(w.findAll('[data-series]').map(s => s.attributes('data-series'))).toEqual(['single', 'inter', 'intra'])
    const g = goodput(w)
    expect(g.inter).toBeCloseTo(10 / 3, 2)
    expect(g.intra).toBeGreaterThan(g.inter)
    expect(w.text()).toContain('K = 1.9')
  })

  it('at K = 1.5 inter-op has the higher goodput under the same SLO', () => {
    const g = goodput(mount(PdPrefillParallel, { props: { step: 2 } }))
    expect(g.intra).toBeLessThan(g.inter)
  })
})
