import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtNvStack, { STEPS } from '../../components/TrtNvStack.vue'

const layers = (w: ReturnType<typeof mount>) => w.findAll('[data-layer]').map(g => g.attributes('data-layer'))

describe('TrtNvStack', () => {
  it('at the first step stacks GPU, kernels, the three engines and the server, with NeMo beside', () => {
    const w = mount(TrtNvStack, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('stack')
    expect(layers(w)).toEqual(['serving', 'engines', 'kernels', 'gpu', 'nemo'])
    expect(w.find('[data-layer="engines"]').text()).toContain('TensorRT-LLM')
    expect(w.find('[data-layer="engines"]').text()).toContain('SGLang')
    expect(w.find('[data-layer="serving"]').text()).toContain('Dynamo-Triton')
  })

  it('at the last step adds NIM and Dynamo on top, marked as newer', () => {
    const w = mount(TrtNvStack, { props: { step: 5 } })
    expect(w.find('svg').attributes('data-step')).toBe(STEPS.at(-1))
    expect(layers(w).slice(0, 2)).toEqual(['nim', 'dynamo'])
    expect(w.find('[data-layer="dynamo"]').text()).toContain('Triton 的继任者')
    expect(w.find('[data-tag="newer"]').exists()).toBe(true)
  })
})
