import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PdMooncakePool from '../../components/PdMooncakePool.vue'
import { examplePlan } from '../../snippets/pd-prefix-hash'

describe('PdMooncakePool', () => {
  it('at the first step shows nine token blocks with their chained hashes, nothing matched yet', () => {
    const w = mount(PdMooncakePool, { props: { step: 0 } })
    const blocks = w.findAll('[data-block]')
    expect(blocks).toHaveLength(9)
    expect(blocks.every(b => b.attributes('data-kind') === 'unknown')).toBe(true)
    expect(w.text()).toContain(`A=${examplePlan().keys[0].slice(0, 4)}`)
    expect(w.text()).toContain('B = H(A+b)')
    expect(w.find('[data-match]').exists()).toBe(false)
    expect(w.findAll('[data-pool="decode"] [data-cell="free"]')).toHaveLength(16)
  })

  it('at the last step marks a-e as prefix and f-i as incremental, and fills the decode side', () => {
    const w = mount(PdMooncakePool, { props: { step: 9 } })
    expect(w.find('svg').attributes('data-reused')).toBe('5')
    expect(w.findAll('[data-kind="prefix"]').map(b => b.attributes('data-block'))).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(w.findAll('[data-kind="incremental"]')).toHaveLength(4)
    expect(w.findAll('[data-pool="decode"] [data-cell="prefix"]')).toHaveLength(5)
    expect(w.findAll('[data-pool="decode"] [data-cell="incremental"]')).toHaveLength(4)
    expect(w.findAll('[data-pool="prefill"] [data-cell="incremental"]')).toHaveLength(4)
    // the earlier request's 7 blocks: the 5 matched, and its own 2-block tail
    expect(w.findAll('[data-pool="prefill"] [data-cell="prefix"]')).toHaveLength(5)
    expect(w.findAll('[data-pool="prefill"] [data-cell="cached"]')).toHaveLength(2)
    expect(w.find('[data-flow="transfer"]').exists()).toBe(true)
  })
})
