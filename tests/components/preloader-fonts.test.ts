import type { SlideRoute } from '@slidev/types'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SETTLE_MS, startPreloader } from '../../lib/preloader'

const frames = () => new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve, 5)))

describe('the preloader\'s font fetches (lib/preloader.ts)', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('fetches the next slide\'s fonts at opening, and the next two slides\' after each change once it has settled', async () => {
    const show = document.createElement('div')
    show.id = 'slideshow'
    const words = ['', '封面', '第二页', '第三页', '第四页', '第五页']
    for (let no = 1; no <= 5; no++) {
      const page = document.createElement('div')
      page.className = `slidev-page slidev-page-${no}`
      page.textContent = words[no]
      show.append(page)
    }
    document.body.append(show)
    const loaded: string[] = []
    Object.defineProperty(document, 'fonts', {
      configurable: true,
      value: { load: (_font: string, text: string) => (loaded.push(text), Promise.resolve([])), forEach: () => {} },
    })
    const routes = Array.from({ length: 5 }, (_, i) => ({ no: i + 1, meta: { __preloaded: true }, load: () => Promise.resolve() }) as unknown as SlideRoute)
    let current = 1
    const navigated = startPreloader(() => routes[current - 1], () => [current + 1, current + 2, current - 1].filter(n => n >= 1 && n <= 5).map(n => routes[n - 1]))!
    await frames()
    // opening: the next slide only (the one after would push the first load over its budget)
    expect(loaded).toEqual(['第二页'])
    // an animated change: the next slide's at once, the one after once the change has settled
    current = 2
    navigated(false)
    await frames()
    expect(loaded).toEqual(['第二页', '第三页'])
    await new Promise(resolve => setTimeout(resolve, SETTLE_MS))
    await frames()
    expect(loaded).toEqual(['第二页', '第三页', '第四页'])
    // a rapid change: both at once; each slide's fonts are fetched once
    current = 3
    navigated(true)
    await frames()
    expect(loaded).toEqual(['第二页', '第三页', '第四页', '第五页'])
  })
})

describe('the preloader\'s chapter font files (lib/preloader.ts)', () => {
  it('fetches, from the second change on, each font group of the slides FONT_LOOKAHEAD ahead, once, in both Noto weights', async () => {
    vi.resetModules()
    const { FONT_LOOKAHEAD, startPreloader: start } = await import('../../lib/preloader')
    const { fontGroupOf } = await import('../../lib/font-groups')
    const loaded: string[] = []
    Object.defineProperty(document, 'fonts', {
      configurable: true,
      value: { load: (font: string, text: string) => (loaded.push(`${font.split(' ')[0]}:${text}`), Promise.resolve([])), forEach: () => {} },
    })
    const total = 20
    const routes = Array.from({ length: total }, (_, i) => ({ no: i + 1, meta: { __preloaded: true }, load: () => Promise.resolve() }) as unknown as SlideRoute)
    // a character for each group (index = group): group 1 is the talk plan's slides 1-3, then
    // 4-6, 7-12, 13-22, ...
    const samples = ['开', '甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬']
    const groups = () => loaded.filter(l => samples.slice(1).some(s => l.endsWith(s)))
    let current = 1
    const navigated = start(() => routes[current - 1], () => [], samples)!
    await frames()
    current = 2
    navigated(true)
    await frames()
    // the first change fetches the next slides' own fonts only
    expect(groups()).toEqual([])
    current = 3
    navigated(true)
    await frames()
    const ahead = [...new Set(Array.from({ length: FONT_LOOKAHEAD }, (_, i) => fontGroupOf(3 + 1 + i)))]
    expect(ahead).toEqual([2, 3]) // slides 4-6 and 7
    expect(groups()).toEqual(ahead.flatMap(g => [`400:${samples[g]}`, `700:${samples[g]}`]))
    // moving on fetches only groups not fetched yet
    current = 4
    navigated(true)
    await frames()
    expect(groups()).toHaveLength(4)
    current = 9
    navigated(true)
    await frames()
    expect(groups().slice(4)).toEqual(['400:丁', '700:丁']) // slide 13: the vLLM chapter, group 4
  })
})
