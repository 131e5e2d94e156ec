import type { SlideRoute } from '@slidev/types'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SETTLE_MS, startPreloader } from '../../lib/preloader'

const frames = () => new Promise<void>(resolve => requestAnimationFrame(() => setTimeout(resolve, 5)))

describe('the preloader\'s font fetches (lib/preloader.ts)', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('fetches the next two slides\' fonts at opening and at each change, animated or not, each slide\'s once', async () => {
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
    // opening: the next two slides (slide 3's fonts come with the first load)
    expect(loaded).toEqual(['第二页', '第三页'])
    // an animated change: the one now two ahead at once, without waiting for the change to settle
    current = 2
    navigated(false)
    await frames()
    expect(loaded).toEqual(['第二页', '第三页', '第四页'])
    await new Promise(resolve => setTimeout(resolve, SETTLE_MS))
    await frames()
    expect(loaded).toHaveLength(3)
    // a rapid change: the next new one; each slide's fonts are fetched once
    current = 3
    navigated(true)
    await frames()
    expect(loaded).toEqual(['第二页', '第三页', '第四页', '第五页'])
  })
})

describe('the preloader\'s chapter font files (lib/preloader.ts)', () => {
  it('fetches, from the first change on, each font group of the slides FONT_LOOKAHEAD ahead, once, in both Noto weights', async () => {
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
    // opening fetches the next slides' own fonts only
    expect(groups()).toEqual([])
    current = 2
    navigated(false)
    await frames()
    // the first change, animated, fetches the groups of slides 3-6 at once
    const ahead = [...new Set(Array.from({ length: FONT_LOOKAHEAD }, (_, i) => fontGroupOf(2 + 1 + i)))]
    expect(ahead).toEqual([1, 2]) // slide 3 and slides 4-6
    expect(groups()).toEqual(ahead.flatMap(g => [`400:${samples[g]}`, `700:${samples[g]}`]))
    current = 3
    navigated(true)
    await frames()
    // then slide 7's: the GPU chapter, group 3
    expect(groups().slice(4)).toEqual(['400:丙', '700:丙'])
    // moving on fetches only groups not fetched yet
    current = 4
    navigated(true)
    await frames()
    expect(groups()).toHaveLength(6)
    current = 9
    navigated(true)
    await frames()
    expect(groups().slice(6)).toEqual(['400:丁', '700:丁']) // slide 13: the vLLM chapter, group 4
  })
})
