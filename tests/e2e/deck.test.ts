import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/chromium.mjs'
import { openDeck, settle, slideState } from '../../scripts/lib/deck.mjs'
import { serveDist } from '../../scripts/lib/serve.mjs'
import { type DeckSlide, TALK_LENGTH, loadDeck, noteClicks } from '../support/deck-source'
import { missingFromOutline } from '../support/poppler'
import { BASE } from './global-setup'
import { type WalkReport, walkDeck, watchPage } from './walk'

let browser: Browser
let server: Awaited<ReturnType<typeof serveDist>>
let slides: DeckSlide[]
const walks: Partial<Record<'light' | 'dark', WalkReport>> = {}

/** Wait until slide `n` is the last one drawn (the DOM says which: the URL may be a chapter alias). */
function onScreen(page: Page, n: number) {
  return page.waitForFunction(n => [...document.querySelectorAll('#slideshow > .slidev-page')]
    .filter(el => getComputedStyle(el).display !== 'none').at(-1)?.getAttribute('data-slidev-no') === String(n), n)
}

/** From slide 1, press ↓ until slide `last` is on screen, waiting for each slide on the way. */
async function pressDownTo(page: Page, last: number) {
  for (let no = 2; no <= last; no++) {
    await page.keyboard.press('ArrowDown')
    await onScreen(page, no)
  }
}

beforeAll(async () => {
  server = await serveDist(inject('distDir'), BASE)
  browser = await launchChromium()
  slides = (await loadDeck()).slides
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe.each(['light', 'dark'] as const)('the built deck in %s mode', (scheme) => {
  it('visits every slide and click step with no error, foreign request, overflow, system-font glyph or text below the type scale', async () => {
    const report = await walkDeck(browser, server.url, scheme, scheme === 'light')
    walks[scheme] = report
    console.log(`[e2e ${scheme}] ${report.steps.length} steps over ${report.maxClicks.size} slides; first load ${report.firstLoad.requests} requests, ${(report.firstLoad.bytes / 1024).toFixed(0)} KiB`)
    if (scheme === 'light') {
      console.log(`[e2e legibility] smallest text per slide, canvas px (minimums: body 14, figure 11, code 12, source 9, reference 10)`)
      for (const [no, least] of [...report.smallest].sort((a, b) => a[0] - b[0]))
        console.log(`  slide ${String(no).padStart(2)}: ${[...least].map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' · ')}`)
    }
    expect(report.problems).toEqual([])
    expect([...report.maxClicks.keys()].sort((a, b) => a - b)).toEqual(slides.map((_, i) => i + 1))
  })
})

describe('speaker notes follow the clicks', () => {
  it('each slide\'s [click] markers end on its last click step', () => {
    const walk = walks.light
    expect(walk, 'the light-mode walk must have run').toBeDefined()
    const off = slides
      .map((s, i) => ({ no: i + 1, clicks: walk!.maxClicks.get(i + 1) ?? -1, markers: noteClicks(s.note) }))
      .filter(r => r.clicks !== r.markers)
      .map(r => `slide ${r.no}: ${r.clicks} clicks, notes narrate ${r.markers}`)
    expect(off).toEqual([])
  })
})

describe('the hosted PDF', () => {
  it('the download button saves the PDF built into the site, with an outline of the talk', async () => {
    const page = await browser.newPage({ acceptDownloads: true })
    await openDeck(page, server.url, '5')
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.locator('button[title="Download as PDF"]').click({ force: true }),
    ])
    expect(download.suggestedFilename()).toMatch(/\.pdf$/)
    const file = await download.path()
    const pdf = readFileSync(file)
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.length).toBeGreaterThan(100_000)
    expect(missingFromOutline(file, slides.slice(0, TALK_LENGTH).map(s => s.title))).toEqual([])
    await page.close()
  })
})

describe('links and deep links', () => {
  it('every in-deck link seen on a slide lands on a slide', async () => {
    const links = [...(walks.light?.links ?? [])]
    expect(links.length).toBeGreaterThan(0)
    const page = await browser.newPage()
    const problems: string[] = []
    watchPage(page, server.origin, problems, () => 'link check')
    const bad: string[] = []
    for (const href of links) {
      await openDeck(page, server.origin, href)
      const { no } = await slideState(page)
      if (!(no >= 1 && no <= slides.length))
        bad.push(`${href} → ${no}`)
    }
    await page.close()
    expect(bad).toEqual([])
    expect(problems).toEqual([])
  })

  it('a deep link to /<base>/23 survives a reload, and aliases resolve', async () => {
    const page = await browser.newPage()
    await openDeck(page, server.url, '23')
    expect((await slideState(page)).no).toBe(23)
    await page.reload({ waitUntil: 'networkidle' })
    expect((await slideState(page)).no).toBe(23)
    await openDeck(page, server.url, 'vllm')
    expect((await slideState(page)).no).toBe(13)
    await page.close()
  })

  it('the presenter view at /<base>/presenter/5 shows slide 5 with its notes after a reload', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } })
    const problems: string[] = []
    watchPage(page, server.origin, problems, () => 'presenter')
    await page.goto(`${server.url}presenter/5`, { waitUntil: 'networkidle' })
    await page.reload({ waitUntil: 'networkidle' })
    const firstWords = (slides[4].note ?? '').replace(/\s+/g, ' ').slice(0, 12)
    await page.waitForSelector('.slidev-note')
    const notes = (await page.locator('.slidev-note').first().innerText()).replace(/\s+/g, ' ')
    expect(notes).toContain(firstWords)
    // the notes keep the typography preset's paragraph spacing (uno.config.ts cuts only its
    // `.not-prose` exclusion, which no stylesheet rule may carry)
    expect(await page.locator('.slidev-note p').first().evaluate(p => getComputedStyle(p).marginBottom)).not.toBe('0px')
    expect(await page.evaluate(() => [...document.styleSheets].flatMap(s => [...s.cssRules]).filter(r => r.cssText.includes('not-prose')).length)).toBe(0)
    expect(await page.locator('.slidev-page-5').count()).toBeGreaterThan(0)
    await page.close()
    expect(problems).toEqual([])
  })
})

describe('a slide left before its last click', () => {
  // lib/kept-clicks.ts: a slide off screen keeps the click it was shown at; going back to it
  // still lands on its last click, as Slidev does
  it('keeps its click while off screen and is complete when ← goes back to it', async () => {
    const no = slides.findIndex(s => (s.frontmatter?.clicks ?? 0) >= 2 && s.content.includes('<v-clicks>')) + 1
    expect(no).toBeGreaterThan(1)
    const total = slides[no - 1].frontmatter.clicks
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const problems: string[] = []
    watchPage(page, server.origin, problems, () => `slide ${no}`)
    await openDeck(page, server.url, String(no))
    const hidden = () => page.locator(`.slidev-page-${no} .slidev-vclick-hidden`).count()
    const before = await hidden()
    expect(before).toBeGreaterThan(0)
    await page.keyboard.press('ArrowDown')
    await onScreen(page, no + 1)
    expect((await slideState(page)).no).toBe(no + 1)
    expect(await hidden()).toBe(before)
    await page.keyboard.press('ArrowLeft')
    await onScreen(page, no)
    await page.waitForURL(u => new URL(u).searchParams.get('clicks') === String(total))
    await settle(page)
    expect(await slideState(page)).toEqual({ no, clicks: total })
    expect(await hidden()).toBe(0)
    await page.close()
    expect(problems).toEqual([])
  })
})

// scripts/make-cover.mjs: the cover shows public/cover.svg drawn as a JPEG, which Chromium rasters
// again far faster when the first slide change moves the cover out
describe('the cover', () => {
  it('shows the JPEG of the cover art, the same picture as the SVG it is drawn from', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(server.url, { waitUntil: 'networkidle' })
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('.slidev-layout.cover')!).backgroundImage)
    expect(background).toMatch(/url\("[^"]*\/cover\.jpg"\)/)
    // both drawn at 960 x 540: a pixel's largest channel difference (out of 255), averaged, and
    // the share of pixels off by more than 24. Measured: 1.8 and 0.02 % (JPEG's noise); against
    // the SVG without its tile grid 3.2, against a plain background 14.2 and 6.4 %
    const diff = await page.evaluate(async (base) => {
      const draw = async (src: string) => {
        const img = new Image()
        img.src = src
        await img.decode()
        const ctx = Object.assign(document.createElement('canvas'), { width: 960, height: 540 }).getContext('2d')!
        ctx.drawImage(img, 0, 0, 960, 540)
        return ctx.getImageData(0, 0, 960, 540).data
      }
      const [jpg, svg] = await Promise.all([draw(new URL('cover.jpg', base).href), draw(new URL('cover.svg', base).href)])
      let sum = 0
      let off = 0
      for (let i = 0; i < jpg.length; i += 4) {
        const d = Math.max(...[0, 1, 2].map(c => Math.abs(jpg[i + c] - svg[i + c])))
        sum += d
        off += d > 24 ? 1 : 0
      }
      return { mean: sum / (jpg.length / 4), off: off / (jpg.length / 4) }
    }, server.url)
    expect(diff.mean).toBeLessThan(2.5)
    expect(diff.off).toBeLessThan(0.002)
    await page.close()
  })
})

describe('slide transitions', () => {
  // global-bottom.vue: a change within 0.5 s of the previous one has none; at a talking pace the
  // headmatter's transition plays
  it('play at a talking pace and are skipped when → is pressed in quick succession', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(`${server.url}13`, { waitUntil: 'networkidle' })
    await page.waitForTimeout(800)
    const enter = (no: number) => page.evaluate((n) => {
      const el = document.querySelector<HTMLElement>(`#slideshow > .slidev-page-${n}`)!
      return {
        animated: Number.parseFloat(getComputedStyle(el).transitionDuration) > 0,
        // a rapid change's transition has no CSS (lib/slideshow-patch.ts): Vue adds no classes
        classes: [...el.classList].some(c => c.endsWith('-enter-active')),
        rapid: el.parentElement!.hasAttribute('data-rapid'),
      }
    }, no)
    await page.keyboard.press('ArrowDown')
    expect(await enter(14)).toEqual({ animated: true, classes: true, rapid: false })
    await page.keyboard.press('ArrowDown')
    expect(await enter(15)).toEqual({ animated: false, classes: false, rapid: true })
    await page.waitForTimeout(800)
    await page.keyboard.press('ArrowDown')
    expect(await enter(16)).toEqual({ animated: true, classes: true, rapid: false })
    await page.close()
  })

  // Chromium fetches the tab icon again on every same-document navigation (lib/inline-favicon.ts)
  it('ask the host for nothing: the tab icon is a data: URL, not fetched on each change', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.goto(server.url, { waitUntil: 'networkidle' })
    const asked: string[] = []
    page.on('request', r => asked.push(r.url()))
    await pressDownTo(page, 4)
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href.slice(0, 22))).toBe('data:image/png;base64,')
    expect(asked.filter(u => /favicon|\.(png|ico)(\?|$)/.test(u))).toEqual([])
    await page.close()
  })

  // lib/module-preload.ts: a slide's chunk is imported without Vite's helper adding a link to the
  // head for each chunk it imports; index.html's own links stay
  it('load a slide\'s chunk without adding modulepreload links to the page', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    const html = await (await fetch(server.url)).text()
    await page.goto(server.url, { waitUntil: 'networkidle' })
    const links = () => page.evaluate(() => document.querySelectorAll('link[rel="modulepreload"]').length)
    const inHtml = html.match(/<link rel="modulepreload"/g)?.length ?? 0
    expect(inHtml).toBeGreaterThan(0)
    await pressDownTo(page, 5)
    await page.waitForTimeout(300)
    expect(await page.evaluate(() => document.querySelectorAll('#slideshow > .slidev-page').length)).toBeGreaterThan(5)
    expect(await links()).toBe(inHtml)
    await page.close()
  })

  // lib/history-push.ts: a slide change is one same-document navigation, not two
  it('add one history entry per slide change, without rewriting the one left; Back still goes back', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    await page.addInitScript(() => {
      const calls = { pushState: 0, replaceState: 0 }
      Object.assign(window, { __historyCalls: calls })
      for (const name of ['pushState', 'replaceState'] as const) {
        const original = History.prototype[name]
        History.prototype[name] = function (this: History, ...args: Parameters<History['pushState']>) {
          calls[name]++
          return original.apply(this, args)
        }
      }
    })
    await page.goto(server.url, { waitUntil: 'networkidle' })
    const calls = () => page.evaluate(() => ({ ...(window as unknown as { __historyCalls: object }).__historyCalls }))
    const before = await calls() as { pushState: number, replaceState: number }
    await pressDownTo(page, 4)
    expect(await calls()).toEqual({ pushState: before.pushState + 3, replaceState: before.replaceState })
    // after Back and Forward, once the transition is over, the only slide drawn
    const drawn = () => page.evaluate(() => [...document.querySelectorAll<HTMLElement>('#slideshow > .slidev-page')]
      .filter(el => getComputedStyle(el).display !== 'none').map(el => el.dataset.slidevNo))
    await page.goBack()
    await onScreen(page, 3)
    expect(await drawn()).toEqual(['3'])
    await page.goForward()
    await onScreen(page, 4)
    expect(await drawn()).toEqual(['4'])
    await page.close()
  })
})
