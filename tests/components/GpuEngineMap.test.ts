import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import GpuEngineMap, { ENGINES, FACTS } from '../../components/GpuEngineMap.vue'

describe('GpuEngineMap', () => {
  it('draws every fact, every chapter, and one line per fact a chapter uses', () => {
    const w = mount(GpuEngineMap)
    expect(w.findAll('[data-fact]')).toHaveLength(FACTS.length)
    expect(w.findAll('[data-engine]').map(e => e.attributes('data-engine'))).toEqual(['vllm', 'trtllm', 'flashattention', 'pd'])
    expect(w.findAll('[data-edge]')).toHaveLength(ENGINES.reduce((n, e) => n + e.uses.length, 0))
    expect(w.text()).toContain('200 FLOP/字节')
    expect(w.text()).toContain('16 倍')
  })

  it('every fact is used by some chapter, and every chapter uses a fact that is drawn', () => {
    const used = new Set(ENGINES.flatMap(e => [...e.uses]))
    expect(FACTS.map(f => f.id).filter(id => !used.has(id))).toEqual([])
    for (const e of ENGINES)
      expect(e.uses.every(u => FACTS.some(f => f.id === u))).toBe(true)
  })
})
