import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Fa3Pipeline, { pipeline, pipelinedTime, serial, serialTime } from '../../components/Fa3Pipeline.vue'

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
  })

  it('does the same work both ways: serial 14.8 units, pipelined 11.8, no stage overlapping itself', () => {
    const total = (st: ReturnType<typeof serial>) => st.reduce((t, x) => t + x.end - x.start, 0)
    expect(total(serial(4))).toBeCloseTo(total(pipeline(4)))
    expect(serialTime(4)).toBeCloseTo(14.8)
    expect(pipelinedTime(4)).toBeCloseTo(11.8)
    for (const kind of ['wgmma0', 'softmax', 'wgmma1'] as const) {
      const row = pipeline(4).filter(x => x.kind === kind).sort((a, b) => a.start - b.start)
      for (let i = 1; i < row.length; i++)
        expect(row[i].start).toBeGreaterThanOrEqual(row[i - 1].end - 1e-9)
    }
  })

  it('at the first step draws only the serial order', () => {
    const w = mount(Fa3Pipeline, { props: { step: 0 } })
    expect(w.findAll('[data-serial]')).toHaveLength(12)
    expect(w.find('[data-pipelined]').exists()).toBe(false)
    expect(w.find('[data-serial-total]').text()).toBe('14.8')
  })

  it('at the last step adds the pipelined order on the same axis and the saving as a bar', () => {
    const w = mount(Fa3Pipeline, { props: { step: 9 } })
    expect(w.findAll('[data-pipelined] [data-stage]')).toHaveLength(12)
    expect(w.find('[data-saving-bar]').exists()).toBe(true)
    expect(w.find('[data-saving]').text().replace(/\s+/g, '')).toContain('14.8→11.8：省3（20%）')
  })
})
