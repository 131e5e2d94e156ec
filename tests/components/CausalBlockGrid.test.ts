import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import CausalBlockGrid from '../../components/CausalBlockGrid.vue'

describe('CausalBlockGrid', () => {
  it('at the first step draws all n x n blocks, no counts yet', () => {
    const w = mount(CausalBlockGrid, { props: { step: 0 } })
    expect(w.findAll('[data-block]')).toHaveLength(64)
    expect(w.findAll('[data-count]')).toHaveLength(0)
    expect(w.findAll('line')).toHaveLength(0)
  })

  it('at the last step prints the computed counts: 28 skipped, 8 masked, 28 full', () => {
    const w = mount(CausalBlockGrid, { props: { step: 9 } })
    expect(w.findAll('[data-block="skipped"]')).toHaveLength(28)
    expect(w.findAll('[data-block="masked"]')).toHaveLength(8)
    expect(w.findAll('[data-block="full"]')).toHaveLength(28)
    expect(w.findAll('[data-count]').map(c => c.text())).toEqual(['整块跳过 28', '块内加掩码 8', '无需掩码 28'])
    expect(w.text()).toContain('只需算 36 块（56%）')
  })

  it('follows its props: 4 x 4 blocks give 6 / 4 / 6', () => {
    const w = mount(CausalBlockGrid, { props: { step: 2, n: 4 } })
    expect(w.findAll('[data-block="skipped"]')).toHaveLength(6)
    expect(w.findAll('[data-block="masked"]')).toHaveLength(4)
  })
})
