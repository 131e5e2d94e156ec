import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtNvStack from '../../components/TrtNvStack.vue'

describe('TrtNvStack', () => {
  it('at the first step nests Triton and TensorRT-LLM inside NeMo', () => {
    const w = mount(TrtNvStack, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('stack')
    expect(w.text()).toContain('Triton')
    expect(w.find('[data-layer="trtllm"]').text()).toContain('TensorRT')
    expect(w.find('[data-layer="newer"]').exists()).toBe(false)
  })

  it('at the last step adds NIM and Dynamo as the newer layers', () => {
    const w = mount(TrtNvStack, { props: { step: 5 } })
    const newer = w.find('[data-layer="newer"]').text()
    expect(newer).toContain('NIM')
    expect(newer).toContain('Dynamo（2025）')
    expect(newer).toContain('Triton 的继任者')
  })
})
