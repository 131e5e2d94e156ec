import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PdLevels, { LEVELS } from '../../components/PdLevels.vue'

describe('PdLevels', () => {
  it('at the first step shows L0 only', () => {
    const w = mount(PdLevels, { props: { step: 0 } })
    expect(w.findAll('[data-level]').map(l => l.attributes('data-level'))).toEqual(['L0', 'L1', 'L2', 'L3'])
    expect(w.findAll('[data-shown="true"]')).toHaveLength(1)
  })

  it('at the last step shows all four rungs, L2 needing RDMA', () => {
    const w = mount(PdLevels, { props: { step: 10 } })
    expect(w.findAll('[data-shown="true"]')).toHaveLength(4)
    expect(LEVELS.find(l => l.id === 'L2')!.link).toContain('RDMA')
    expect(w.text()).toContain('异构跨机')
  })
})
