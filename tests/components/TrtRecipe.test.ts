import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtRecipe from '../../components/TrtRecipe.vue'

describe('TrtRecipe', () => {
  it('feeds FasterTransformer, TensorRT and NCCL into one engine', () => {
    const w = mount(TrtRecipe)
    expect(w.findAll('[data-input]').map(g => g.attributes('data-input'))).toEqual(['ft', 'trt', 'nccl'])
    expect(w.findAll('[data-arrow]')).toHaveLength(3)
    expect(w.text()).toContain('TensorRT-LLM')
  })
})
