import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import FaUtilisation, { STEPS, UTILISATION } from '../../components/FaUtilisation.vue'

describe('FaUtilisation', () => {
  it('at the first step shows GEMM and FA1 on a 0-100% axis, FA2 hidden', () => {
    const w = mount(FaUtilisation, { props: { step: 0 } })
    expect(w.findAll('[data-row]')).toHaveLength(UTILISATION.length)
    expect(w.find('[data-row="fa2"]').attributes('opacity')).toBe('0')
    expect(w.find('[data-row="fa1-fwd"]').text()).toContain('30–50%')
  })

  it('at the last step shows FA2 at 50-73%, bars placed to scale', () => {
    const w = mount(FaUtilisation, { props: { step: STEPS.length + 2 } })
    expect(w.find('[data-row="fa2"]').attributes('opacity')).toBe('1')
    const bar = (id: string) => w.find(`[data-row="${id}"] [data-from]`)
    const width = (id: string) => Number(bar(id).attributes('width'))
    expect(width('fa2') / width('gemm')).toBeCloseTo(23 / 10, 6)
  })
})
