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
    expect(w.findAll('[data-region="device"]')).toHaveLength(6) // L1 (inside the SM), L2, HBM x 2 GPUs
    expect(w.findAll('[data-chip]')).toHaveLength(2) // each GPU's SM and crossbar, as on slide 9
    expect(w.findAll('[data-region="system"]')).toHaveLength(6)
    expect(w.findAll('[data-region="channels"]')).toHaveLength(5) // NVLink, 2 PCIe buses, host bus, NIC
    expect(w.findAll('[data-emphasis="focus"]')).toHaveLength(0)
    // link speeds one way: NVLink 3 300 GB/s, PCIe Gen4 x16 31.5 GB/s
    expect(w.text()).toContain('单向 300 GB/s')
    expect(w.text()).not.toContain('600')
    expect(w.text()).toContain('31.5 GB/s')
    expect(w.find('[data-part="nic"]').exists()).toBe(true)
    expect(w.text()).toContain('RDMA')
  })

  it('at the last step highlights the channels only', () => {
    const w = mount(GpuTopology, { props: { step: 42 } })
    expect(w.find('svg').attributes('data-step')).toBe('channels')
    expect(new Set(focused(w))).toEqual(new Set(['channels']))
    expect(focused(w)).toHaveLength(5)
  })

  it('the middle steps highlight system storage, then GPU storage', () => {
    expect(new Set(focused(mount(GpuTopology, { props: { step: 1 } })))).toEqual(new Set(['system']))
    expect(new Set(focused(mount(GpuTopology, { props: { step: 2 } })))).toEqual(new Set(['device']))
  })
})
