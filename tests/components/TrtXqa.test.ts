import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtXqa from '../../components/TrtXqa.vue'

describe('TrtXqa', () => {
  it('draws the same query heads as separate vectors and as one stacked tile', () => {
    const w = mount(TrtXqa, { props: { groupSize: 8 } })
    expect(w.findAll('[data-panel]').map(p => p.attributes('data-panel'))).toEqual(['gemv', 'gemm'])
    expect(w.find('[data-panel="gemv"]').findAll('[data-q]')).toHaveLength(8)
    expect(w.find('[data-panel="gemm"]').findAll('[data-q]')).toHaveLength(8)
    expect(w.find('[data-panel="gemv"]').text()).toContain('8 次')
    expect(w.find('[data-panel="gemm"]').text()).toContain('Tensor Core')
  })
})
