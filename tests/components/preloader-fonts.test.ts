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
