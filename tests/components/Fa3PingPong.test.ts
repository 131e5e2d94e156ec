import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Fa3PingPong, { SCHEDULE, overlappedSlots } from '../../components/Fa3PingPong.vue'

describe('Fa3PingPong', () => {
  it('never runs softmax in both warpgroups at once', () => {
    for (let t = 0; t < SCHEDULE[0].length; t++)
      expect(SCHEDULE.filter(row => row[t]?.kind === 'softmax').length).toBeLessThanOrEqual(1)
  })

  it('at the first step draws both rows and five barriers, nothing highlighted', () => {
    const w = mount(Fa3PingPong, { props: { step: 0 } })
    expect(w.findAll('[data-slot]')).toHaveLength(SCHEDULE.flat().filter(Boolean).length)
    expect(w.findAll('[data-sync]')).toHaveLength(5)
    expect(w.findAll('[data-lit="true"]')).toHaveLength(0)
    expect(w.text()).toContain('Warpgroup 2')
  })

  it('at the last step highlights every softmax hidden under the other warpgroup\'s GEMM', () => {
    const w = mount(Fa3PingPong, { props: { step: 3 } })
    const lit = w.findAll('[data-lit="true"]')
    expect(lit.length).toBe(overlappedSlots().length)
    expect(lit.every(c => c.attributes('data-slot') === 'softmax')).toBe(true)
  })
})

describe('Fa3PingPong gain', () => {
  it('draws FA3 §3.1\'s measured gain (≈570 → 620–640 TFLOPS) as bar length only at the last step', () => {
    expect(mount(Fa3PingPong, { props: { step: 0 } }).find('[data-gain]').exists()).toBe(false)
    const w = mount(Fa3PingPong, { props: { step: 1 } })
    const width = (id: string) => w.findAll(`[data-bar="${id}"] rect`).reduce((t, r) => t + Number(r.attributes('width')), 0)
    expect(width('with') / width('without')).toBeCloseTo(640 / 570, 5)
    expect(w.find('[data-gain]').text()).toContain('620–640 TFLOPS')
  })
})
