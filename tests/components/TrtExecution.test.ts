import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TrtExecution from '../../components/TrtExecution.vue'

describe('TrtExecution', () => {
  it('runs preprocessing, the engine with its kernels and NCCL, sampling, the generation loop and postprocessing', () => {
    const w = mount(TrtExecution)
    const text = w.text()
    const order = ['分词 / 预处理', 'TensorRT-LLM 引擎', '采样', '生成循环', '后处理']
    const at = order.map(s => text.indexOf(s))
    expect(at.every(i => i >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
    expect(w.findAll('[data-kernel]').map(k => k.attributes('data-kernel'))).toEqual(['FT kernel', 'CUTLASS', 'OpenAI Triton', '……'])
    expect(text).toContain('NCCL')
  })
})
