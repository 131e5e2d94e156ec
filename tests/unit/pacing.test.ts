import { describe, expect, it } from 'vitest'
import { PLAN, SLIDE_MAX_MINUTES, TALK_MINUTES, chapterOf, speakingMinutes } from '../../lib/talk-plan'
import { TALK_LENGTH, loadDeck } from '../support/deck-source'

const deck = await loadDeck()
const talk = deck.slides.slice(0, TALK_LENGTH)
const minutes = talk.map(s => speakingMinutes(s.note))

describe('speaking time of a note', () => {
  it('counts Chinese characters at 250 and Latin words or numbers at 130 a minute, not [click] markers', () => {
    expect(speakingMinutes('推理'.repeat(125))).toBeCloseTo(1)
    expect(speakingMinutes('KV Cache 1,555 GB/s '.repeat(26))).toBeCloseTo(104 / 130)
    expect(speakingMinutes('[click] [click:3]')).toBe(0)
    expect(speakingMinutes(undefined)).toBe(0)
  })
})

describe('the talk plan', () => {
  it('covers the talk\'s slides once, in order, and adds up to 90 minutes', () => {
    expect(PLAN[0].from).toBe(1)
    expect(PLAN.at(-1)!.to).toBe(TALK_LENGTH)
    for (let i = 1; i < PLAN.length; i++)
      expect(PLAN[i].from).toBe(PLAN[i - 1].to + 1)
    expect(TALK_MINUTES).toBe(90)
  })

  it('the headmatter\'s duration (the presenter timer) is the plan\'s total', () => {
    expect(String(deck.headmatter.duration)).toBe(`${TALK_MINUTES}min`)
  })

  it(`no slide's notes take more than ${SLIDE_MAX_MINUTES} minutes to say`, () => {
    const long = minutes.map((m, i) => ({ no: i + 1, m })).filter(s => s.m > SLIDE_MAX_MINUTES)
    expect(long.map(s => `slide ${s.no}: ${s.m.toFixed(1)} min`)).toEqual([])
  })

  it('each chapter\'s notes fit its share, and the talk fits its duration', () => {
    const report = PLAN.map((c) => {
      const said = minutes.slice(c.from - 1, c.to).reduce((a, b) => a + b, 0)
      return { c, said }
    })
    console.log(report.map(r => `${r.c.title} (${r.c.from}-${r.c.to}): ${r.said.toFixed(1)} of ${r.c.minutes} min`).join('\n'))
    expect(report.filter(r => r.said > r.c.minutes).map(r => `${r.c.title}: ${r.said.toFixed(1)} > ${r.c.minutes} min`)).toEqual([])
    expect(minutes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TALK_MINUTES)
    expect(chapterOf(TALK_LENGTH)?.title).toBe(PLAN.at(-1)!.title)
  })
})

describe('notes speak to this audience', () => {
  // The audience never saw a draft or an earlier deck: a correction is said as a common
  // misconception ("常见的说法是…"), never as "原稿 / 原版 / 原 PPT 里…".
  const DRAFT = /原稿|原\s*PPT|原幻灯片|原来的(?:幻灯片|稿子|版本|PPT)|初稿|这份稿子|旧稿/i
  it('no note refers to a draft, an original deck or "原稿"', () => {
    const hits = deck.slides
      .map((s, i) => ({ no: i + 1, m: (s.note ?? '').match(DRAFT)?.[0] }))
      .filter(h => h.m)
      .map(h => `slide ${h.no}: "${h.m}"`)
    expect(hits).toEqual([])
  })
})
