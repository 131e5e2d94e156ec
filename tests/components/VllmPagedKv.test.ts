import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import VllmPagedKv, { NUM_BLOCKS, STEPS } from '../../components/VllmPagedKv.vue'

const refs = (w: ReturnType<typeof mount>) => w.findAll('[data-block]').map(b => Number(b.attributes('data-ref')))

describe('VllmPagedKv', () => {
  it('allocate: a 7-token prompt takes two non-adjacent blocks, B not yet forked', () => {
    const w = mount(VllmPagedKv, { props: { step: 0 } })
    expect(w.find('svg').attributes('data-step')).toBe('allocate')
    expect(w.findAll('[data-block]')).toHaveLength(NUM_BLOCKS)
    expect(w.find('[data-seq="A"]').attributes('data-table')).toBe('5,2')
    expect(w.find('[data-seq="B"]').attributes('data-table')).toBe('none')
    expect(refs(w).filter(r => r > 0)).toHaveLength(2)
    expect(w.text()).toContain('什')
  })

  it('fork shares with ref 2; write copies the shared block; free leaves B its blocks', () => {
    expect(STEPS).toEqual(['allocate', 'append', 'fork', 'write', 'free'])
    const fork = mount(VllmPagedKv, { props: { step: 2 } })
    expect(fork.find('[data-seq="B"]').attributes('data-table')).toBe('5,2,6')
    expect(refs(fork).filter(r => r === 2)).toHaveLength(3)
    const write = mount(VllmPagedKv, { props: { step: 3 } })
    expect(write.find('[data-seq="B"]').attributes('data-table')).toBe('5,2,0')
    expect(write.find('[data-seq="A"]').attributes('data-table')).toBe('5,2,6')
    expect(write.find('[data-copy]').exists()).toBe(true)
    const free = mount(VllmPagedKv, { props: { step: 999999 } })
    expect(free.find('svg').attributes('data-step')).toBe('free')
    expect(free.find('[data-seq="A"]').attributes('data-table')).toBe('none')
    expect(refs(free)).toEqual([1, 0, 1, 0, 0, 1, 0, 0])
  })
})
