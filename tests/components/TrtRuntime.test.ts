import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtRuntime, { KERNELS, STAGES, STEPS } from '../../components/TrtRuntime.vue'

describe('TrtRuntime', () => {
  it('at the first step draws the API, PyExecutor\'s four stages and TensorRT-LLM\'s own kernels', () => {
    const w = mount(TrtRuntime, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('runtime')
    expect(w.findAll('[data-stage]').map(g => g.attributes('data-stage'))).toEqual(STAGES.map(s => s.key))
    expect(w.findAll('[data-kernel]')).toHaveLength(KERNELS.length)
    expect(w.find('[data-part="api"]').text()).toContain('trtllm-serve')
    expect(w.find('[data-legacy="engine"]').text()).toContain('已移除')
    expect(w.find('[data-part="loop"]').exists()).toBe(false)
    expect(w.find('[data-part="dynamo"]').exists()).toBe(false)
  })

  it('at the last step adds the KV cache manager, the per-step loop and Dynamo above', () => {
    const w = mount(TrtRuntime, { props: { step: 99 } })
    expect(w.find('svg').attributes('data-step')).toBe(STEPS.at(-1))
    expect(w.find('[data-part="loop"]').text()).toContain('KVCacheManager')
    expect(w.find('[data-part="dynamo"]').text()).toContain('Dynamo')
  })
})
