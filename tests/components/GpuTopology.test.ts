import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import GpuTopology from '../../components/GpuTopology.vue'

const focused = (w: ReturnType<typeof mount>) => w.findAll('[data-part]')
  .filter(p => p.find('[data-emphasis="focus"]').exists() || p.attributes('data-emphasis') === 'focus')
  .map(p => p.attributes('data-region'))

describe('GpuTopology', () => {
  it('at the first step draws host, two GPUs and the channels, nothing highlighted', () => {
    const w = mount(GpuTopology, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('overview')
    expect(w.findAll('[data-region="device"]')).toHaveLength(8) // 4 levels x 2 GPUs
    expect(w.findAll('[data-region="system"]')).toHaveLength(6)
    expect(w.findAll('[data-region="channels"]')).toHaveLength(4)
    expect(w.findAll('[data-emphasis="focus"]')).toHaveLength(0)
    expect(w.text()).toContain('600 GB/s')
    expect(w.text()).toContain('31.5 GB/s')
  })

  it('at the last step highlights the channels only', () => {
    const w = mount(GpuTopology, { props: { step: 42 } })
    expect(w.find('svg').attributes('data-step')).toBe('channels')
    expect(new Set(focused(w))).toEqual(new Set(['channels']))
    expect(focused(w)).toHaveLength(4)
  })

  it('the middle steps highlight system storage, then GPU storage', () => {
    expect(new Set(focused(mount(GpuTopology, { props: { step: 1 } })))).toEqual(new Set(['system']))
    expect(new Set(focused(mount(GpuTopology, { props: { step: 2 } })))).toEqual(new Set(['device']))
  })
})
