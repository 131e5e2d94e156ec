import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import Fa3WarpSpecialization, { H100_TFLOPS, RING, STEPS } from '../../components/Fa3WarpSpecialization.vue'

describe('Fa3WarpSpecialization', () => {
  it('at the first step draws matmul and exp throughput to scale, no warp roles yet', () => {
    const w = mount(Fa3WarpSpecialization, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('throughput')
    const width = (id: string) => Number(w.find(`[data-bar="${id}"]`).attributes('data-width'))
    expect(width('exp') / width('matmul')).toBeCloseTo(Math.max(2 / width('matmul'), H100_TFLOPS.exp / H100_TFLOPS.matmul), 3)
    expect(w.text()).toContain('约 1/254')
    expect(w.find('[data-specialisation]').exists()).toBe(false)
  })

  it('at the last step shows a TMA producer, a ring buffer and two WGMMA consumer warpgroups', () => {
    const w = mount(Fa3WarpSpecialization, { props: { step: STEPS.length + 5 } })
    expect(w.find('[data-role="producer"]').exists()).toBe(true)
    expect(w.findAll('[data-role^="wg"]')).toHaveLength(2)
    expect(w.findAll('[data-slot]')).toHaveLength(RING)
    expect(w.text()).toContain('setmaxnreg')
  })
})
