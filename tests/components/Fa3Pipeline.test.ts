import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Fa3Pipeline, { pipeline, pipelinedTime, serialTime } from '../../components/Fa3Pipeline.vue'

describe('Fa3Pipeline', () => {
  it('overlaps softmax j with WGMMA1 j − 1 and ends with WGMMA1 N − 1 alone', () => {
    const s = pipeline(4)
    for (let j = 1; j < 4; j++) {
      const soft = s.find(x => x.kind === 'softmax' && x.iter === j)!
      const pv = s.find(x => x.kind === 'wgmma1' && x.iter === j - 1)!
      expect(pv.start).toBe(soft.start)
    }
    const last = s.at(-1)!
    expect([last.kind, last.iter]).toEqual(['wgmma1', 3])
    expect(pipelinedTime(4)).toBeLessThan(serialTime(4))
  })

  it('at the first step draws 4 iterations of three stages, no saving printed', () => {
    const w = mount(Fa3Pipeline, { props: { step: 0 } })
    expect(w.findAll('[data-stage]')).toHaveLength(12)
    expect(w.findAll('[data-stage="softmax"]')).toHaveLength(4)
    expect(w.find('[data-saving]').exists()).toBe(false)
  })

  it('at the last step prints serial vs pipelined time', () => {
    const w = mount(Fa3Pipeline, { props: { step: 9 } })
    expect(w.find('[data-saving]').text()).toContain('串行 14.8 单位 → 流水 11.8 单位')
  })
})
