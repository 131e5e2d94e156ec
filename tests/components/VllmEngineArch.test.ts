import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import VllmEngineArch, { STEPS, WORKERS } from '../../components/VllmEngineArch.vue'

describe('VllmEngineArch', () => {
  it('at the first step draws V1: frontend ⇄ ZeroMQ ⇄ EngineCore with two queues, nothing dimmed', () => {
    const w = mount(VllmEngineArch, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('v1')
    expect(w.find('svg').attributes('data-engine')).toBe('v1')
    for (const part of ['frontend', 'zmq', 'enginecore', 'scheduler', 'kvcachemanager', 'executor'])
      expect(w.find(`[data-part="${part}"]`).exists()).toBe(true)
    expect(w.findAll('[data-queue]').map(q => q.attributes('data-queue'))).toEqual(['waiting', 'running'])
    expect(w.findAll('[data-move]').map(m => m.attributes('data-move'))).toEqual(['waiting->running', 'running->waiting'])
    expect(w.findAll('[data-worker]')).toHaveLength(WORKERS)
    expect(w.findAll('[data-emphasis="dim"]')).toHaveLength(0)
    for (const label of ['EngineCore', 'ZeroMQ', 'AsyncLLM', 'KVCacheManager', 'Executor'])
      expect(w.text()).toContain(label)
    expect(w.text()).not.toContain('swapped')
  })

  it('focuses the EngineCore, then (clamped at the last) shows V0 as the old design with three queues', () => {
    expect(STEPS).toEqual(['v1', 'core', 'v0'])
    const c = mount(VllmEngineArch, { props: { step: 1 } })
    expect(c.find('[data-part="scheduler"]').attributes('data-emphasis')).toBe('focus')
    expect(c.find('[data-part="frontend"]').attributes('data-emphasis')).toBe('dim')

    const w = mount(VllmEngineArch, { props: { step: 999999 } })
    expect(w.find('svg').attributes('data-engine')).toBe('v0')
    expect(w.findAll('[data-queue]').map(q => q.attributes('data-queue'))).toEqual(['waiting', 'running', 'swapped'])
    for (const label of ['旧设计', 'LLMEngine', 'BlockSpaceManager', 'CacheEngine'])
      expect(w.text()).toContain(label)
  })
})
