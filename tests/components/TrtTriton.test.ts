import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtTriton, { STEPS } from '../../components/TrtTriton.vue'

describe('TrtTriton', () => {
  it('at the first step chains preprocessing, tensorrt_llm and postprocessing, marked as 0.x', () => {
    const w = mount(TrtTriton, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('ensemble')
    expect(w.findAll('[data-stage]').map(s => s.attributes('data-stage'))).toEqual(['preprocessing', 'tensorrt_llm', 'postprocessing'])
    expect(w.find('[data-stage="tensorrt_llm"]').text()).toContain('In-flight batching')
    expect(w.find('[data-path="legacy"]').text()).toContain('已移除')
    expect(w.text()).toContain('流式返回')
    expect(w.find('[data-path="llmapi"]').exists()).toBe(false)
  })

  it('at the last step greys the ensemble and shows the llmapi model', () => {
    const w = mount(TrtTriton, { props: { step: 9 } })
    expect(w.find('svg').attributes('data-step')).toBe(STEPS.at(-1))
    expect(w.find('[data-path="legacy"]').attributes('opacity')).toBe('0.45')
    expect(w.find('[data-path="llmapi"]').text()).toContain('triton_backend')
  })
})
