import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import ReferenceList from '../../components/ReferenceList.vue'
import { REFERENCES } from '../../lib/references'

describe('ReferenceList', () => {
  it('shows the given chapters\' sources under their titles, numbered from the start of the list', () => {
    const w = mount(ReferenceList, { props: { groups: ['sre', 'gpu'] } })
    expect(w.findAll('section').map(s => s.attributes('data-group'))).toEqual(['sre', 'gpu'])
    expect(w.find('h3').text()).toBe('SRE 与服务指标')
    const items = w.findAll('li')
    expect(items).toHaveLength(REFERENCES.filter(r => r.group === 'sre' || r.group === 'gpu').length)
    expect(items[0].text()).toMatch(/^\[1\]/)
    expect(items.at(-1)!.text()).toMatch(new RegExp(`^\\[${items.length}\\]`))
  })

  it('continues the numbering on the last chapter and prints each address without its scheme', () => {
    const w = mount(ReferenceList, { props: { groups: ['pd'] } })
    const items = w.findAll('li')
    expect(items.at(-1)!.text()).toMatch(new RegExp(`^\\[${REFERENCES.length}\\]`))
    for (const a of w.findAll('a')) {
      expect(a.attributes('href')).toMatch(/^https:\/\//)
      expect(a.text()).not.toMatch(/^https?:/)
    }
  })
})
