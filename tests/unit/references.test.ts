import { beforeAll, describe, expect, it } from 'vitest'
import { GROUP_ORDER, REFERENCES, numberedReferences } from '../../lib/references'
import { APPENDIX_LENGTH, type DeckSlide, TALK_LENGTH, loadDeck } from '../support/deck-source'

let slides: DeckSlide[]
beforeAll(async () => {
  slides = (await loadDeck()).slides
})

const talk = () => slides.slice(0, TALK_LENGTH)
const appendix = () => slides.slice(TALK_LENGTH)
/** Everything a listener or reader of the talk sees: slide text and speaker notes. */
const talkText = () => talk().map(s => `${s.content}\n${s.note ?? ''}`).join('\n')

/** The footers `<div class="source-note">…</div>` of the talk's slides, with their slide numbers. */
function sourceNotes(): { no: number, text: string }[] {
  return talk().flatMap(s => [...s.content.matchAll(/<div class="source-note">([\s\S]*?)<\/div>/g)]
    .map(m => ({ no: s.index + 1, text: m[1] })))
}

describe('the references appendix', () => {
  it('comes after the 57-slide talk, outside the agenda', () => {
    expect(talk().at(-1)?.title).toBe('谢谢观看')
    expect(appendix().length).toBe(APPENDIX_LENGTH)
    for (const s of appendix()) {
      expect(s.frontmatter.hideInToc).toBe(true)
      expect(s.title).toMatch(/^附录：参考文献（\d\/5）$/)
    }
  })

  it('shows every chapter\'s sources exactly once across its slides', () => {
    const shown = appendix().flatMap(s => [...s.content.matchAll(/<ReferenceList :groups="\[([^\]]*)\]"/g)]
      .flatMap(m => m[1].split(',').map(g => g.trim().replace(/'/g, ''))))
    expect(shown).toEqual(GROUP_ORDER)
  })

  it('has unique keys, https addresses and consecutive numbers', () => {
    const keys = REFERENCES.map(r => r.key)
    expect(new Set(keys).size).toBe(keys.length)
    for (const r of REFERENCES)
      expect([r.key, r.url]).toEqual([r.key, expect.stringMatching(/^https:\/\/\S+$/)])
    expect(numberedReferences().map(r => r.n)).toEqual(REFERENCES.map((_, i) => i + 1))
  })

  it('lists only sources the talk actually cites', () => {
    const text = talkText()
    const uncited = REFERENCES.filter(r => !r.cite.some(c => text.includes(c))).map(r => r.key)
    expect(uncited).toEqual([])
  })

  it('lists a source for every part of every slide footer', () => {
    const cites = REFERENCES.flatMap(r => r.cite)
    // A footer names its sources separated by "；"; a part that only says how the slide computed
    // or drew something (a snippet, "此处重画", the talk's own grouping) needs no entry.
    const ownWork = /snippets\/|本讲|此处|由左边的代码/
    const unlisted = sourceNotes().flatMap(({ no, text }) => text.replace(/^来源：/, '').split('；')
      .filter(part => !cites.some(c => part.includes(c)) && !ownWork.test(part))
      .map(part => `slide ${no}: ${part}`))
    expect(unlisted).toEqual([])
  })
})
