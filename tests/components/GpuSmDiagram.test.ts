import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import GpuSmDiagram from '../../components/GpuSmDiagram.vue'

describe('GpuSmDiagram', () => {
  it('at the first step draws four sub-partitions generated from the unit counts', () => {
    const w = mount(GpuSmDiagram, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('sm')
    expect(w.findAll('[data-partition]')).toHaveLength(4)
    const count = (id: string) => w.findAll(`[data-unit="${id}"]`).map(u => Number(u.attributes('data-count')))
    expect(count('int32')).toEqual([16, 16, 16, 16])
    expect(count('fp32')).toEqual([16, 16, 16, 16])
    expect(count('fp64')).toEqual([8, 8, 8, 8])
    expect(w.findAll('[data-unit="fp32"] rect')).toHaveLength(64)
    expect(w.findAll('[data-unit="tensor"]')).toHaveLength(4)
    expect(w.findAll('[data-unit="ldst"]')).toHaveLength(32)
    expect(w.findAll('[data-unit="sfu"]')).toHaveLength(4)
    expect(w.text()).toContain('192 KB L1')
    expect(w.text()).toContain('16,384 × 32-bit')
    expect(w.find('[data-totals]').exists()).toBe(false)
  })

  it('at the last step prints the A100 totals', () => {
    const w = mount(GpuSmDiagram, { props: { step: 999999 } })
    expect(w.find('svg').attributes('data-step')).toBe('chip')
    expect(w.find('[data-totals]').text()).toContain('6,912 CUDA 核心')
    expect(w.find('[data-totals]').text()).toContain('432 Tensor Core')
    // Tensor Core vs FP32 to scale: 312 vs 19.5 TFLOPS, 16x
    const len = (id: string) => Number(w.find(`[data-rate="${id}"] rect`).attributes('width'))
    expect(len('tensor') / len('fp32')).toBeCloseTo(16, 6)
    expect(w.find('[data-rates]').attributes('data-advantage')).toBe('16')
    expect(w.find('[data-rates]').text()).toContain('1/16')
  })

  it('at the CUDA-core step the banner names only what is highlighted (the FP32 units)', () => {
    const w = mount(GpuSmDiagram, { props: { step: 2 } })
    expect(w.find('[data-totals]').text()).toContain('64 个“CUDA 核心”')
    expect(w.find('[data-totals]').text()).not.toContain('Tensor')
    expect(w.find('[data-rates]').exists()).toBe(false)
  })
})
