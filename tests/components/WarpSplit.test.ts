import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import WarpSplit from '../../components/WarpSplit.vue'

describe('WarpSplit', () => {
  it('at the first step: FA1 splits K and V across 4 warps, FA2 splits Q', () => {
    const w = mount(WarpSplit, { props: { step: 0 } })
    const split = (panel: string) => w.find(`[data-panel="${panel}"]`).findAll('[data-operand]').map(o => o.attributes('data-split'))
    expect(split('fa1')).toEqual(['shared', 'cols', 'rows'])
    expect(split('fa2')).toEqual(['rows', 'shared', 'shared'])
    expect(w.find('[data-panel="fa2"] [data-operand="Q"]').findAll('[data-warp]')).toHaveLength(4)
    expect(w.findAll('[data-communication]')).toHaveLength(0)
    expect(w.find('[data-output="fa1"]').findAll('[data-warp]')).toHaveLength(4)
    expect(w.find('[data-panel="fa2"]').attributes('opacity')).toBe('0.25')
  })

  it('at the last step shows FA1\'s shared-memory reduction and FA2\'s none', () => {
    const w = mount(WarpSplit, { props: { step: 4 } })
    expect(w.find('[data-communication="fa1"]').text()).toContain('同步')
    expect(w.find('[data-communication="fa2"]').text()).toContain('无需通信')
    expect(w.find('[data-output="fa2"]').findAll('[data-warp]')).toHaveLength(4)
    expect(w.find('[data-output="fa2"]').text()).toContain('直接拼')
    expect(w.find('[data-panel="fa2"]').attributes('opacity')).toBe('1')
  })
})
