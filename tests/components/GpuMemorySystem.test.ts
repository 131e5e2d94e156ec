import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import GpuMemorySystem from '../../components/GpuMemorySystem.vue'

describe('GpuMemorySystem', () => {
  it('at the first step draws SM 0 … SM 107, two L2 partitions and five HBM stacks', () => {
    const w = mount(GpuMemorySystem, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('hierarchy')
    expect(w.findAll('[data-sm]').map(s => s.attributes('data-sm'))).toEqual(['0', '1', '2', '-1', '107'])
    expect(w.findAll('[data-l2-partition]')).toHaveLength(2)
    expect(w.findAll('[data-hbm-stack]')).toHaveLength(5)
    expect(w.text()).toContain('L2 共 40 MB')
    expect(w.text()).toContain('1,555 GB/s')
    expect(w.find('[data-private]').exists()).toBe(false)
    expect(w.findAll('[data-persist]')).toHaveLength(0)
  })

  it('at the last step marks the persisting part of both L2 partitions', () => {
    const w = mount(GpuMemorySystem, { props: { step: 10 } })
    expect(w.find('svg').attributes('data-step')).toBe('persist')
    expect(w.findAll('[data-persist]')).toHaveLength(2)
  })

  it('the middle step marks that L1 is private to each SM', () => {
    const w = mount(GpuMemorySystem, { props: { step: 1 } })
    expect(w.find('[data-private]').exists()).toBe(true)
    expect(w.findAll('[data-sm] [data-emphasis="focus"]')).toHaveLength(4)
  })
})
