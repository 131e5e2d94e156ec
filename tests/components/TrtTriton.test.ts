import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtTriton from '../../components/TrtTriton.vue'

describe('TrtTriton', () => {
  it('chains preprocessing, tensorrt_llm and postprocessing, and streams tokens back', () => {
    const w = mount(TrtTriton)
    expect(w.findAll('[data-stage]').map(s => s.attributes('data-stage'))).toEqual(['preprocessing', 'tensorrt_llm', 'postprocessing'])
    expect(w.find('[data-stage="tensorrt_llm"]').text()).toContain('In-flight batching')
    expect(w.text()).toContain('流式返回')
  })
})
