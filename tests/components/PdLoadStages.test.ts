import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import PdLoadStages from '../../components/PdLoadStages.vue'

describe('PdLoadStages', () => {
  it('at the first step in current mode shows stage 1 accepting, later stages faded', () => {
    const w = mount(PdLoadStages, { props: { mode: 'current', step: 0 } })
    const stages = w.findAll('[data-stage]')
    expect(stages).toHaveLength(4)
    expect(stages.map(s => s.attributes('data-accept'))).toEqual(['accept', 'reject', 'accept', 'reject']) // Mooncake Fig. 10a
    expect(stages[0].attributes('opacity')).toBe('1')
    expect(stages[3].attributes('opacity')).toBe('0.12')
    expect(w.findAll('[data-arrow]')).toHaveLength(4) // one vertical arrow per stage
  })

  it('at the last step in predicted mode shows all moments with diagonal arrows towards the next one', () => {
    const w = mount(PdLoadStages, { props: { mode: 'predicted', step: 7 } })
    expect(w.find('svg').attributes('data-step')).toBe('stage4')
    expect(w.findAll('[data-stage]').every(s => s.attributes('opacity') === '1')).toBe(true)
    expect(w.findAll('[data-arrow]')).toHaveLength(4)
    expect(w.find('[data-stage="1"] text').text()).toBe('时刻 1')
  })
})
