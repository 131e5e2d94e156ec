import type { Browser, Page } from 'playwright-chromium'
import { footerOverlap, foreignGlyphs, leakedMarkup, openDeck, overflowReport, slideState, stepForward, textSizes, tooSmall } from '../../scripts/lib/deck.mjs'

export interface Step { no: number, clicks: number }

export interface WalkReport {
  steps: Step[]
  /** Highest click index reached per slide number. */
  maxClicks: Map<number, number>
  /** Everything that went wrong, one line each, prefixed by where. */
  problems: string[]
  /** In-deck link targets (hrefs under the base) seen on any slide. */
  links: Set<string>
  /** Bytes and requests of the first load (slide 1 until network idle). */
  firstLoad: { bytes: number, requests: number }
  /** Per slide, its smallest rendered text per category over all its click steps (legibility walk only). */
  smallest: Map<number, Map<string, number>>
}

/** Record page errors, console errors, failed or foreign requests on a page into `problems`. */
export function watchPage(page: Page, origin: string, problems: string[], where: () => string) {
  page.on('pageerror', e => problems.push(`${where()}: page error: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error')
      problems.push(`${where()}: console error: ${m.text()}`)
  })
  page.on('request', (r) => {
    const u = new URL(r.url())
    if (['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol) && u.origin !== origin)
      problems.push(`${where()}: request to another host: ${r.url()}`)
  })
  page.on('requestfailed', r => problems.push(`${where()}: request failed: ${r.url()} (${r.failure()?.errorText})`))
  page.on('response', (r) => {
    if (r.status() >= 400)
      problems.push(`${where()}: HTTP ${r.status()} for ${r.url()}`)
  })
}

/**
 * Open the deck at slide 1 and press → until the end, checking every step: overflow beyond the
 * slide canvas and, when `thorough` (the light-mode walk), glyphs drawn by fonts the deck does not
 * ship and text rendered below the type scale's minimums (scripts/lib/deck.mjs `textSizes`).
 */
export async function walkDeck(browser: Browser, url: string, scheme: 'light' | 'dark', thorough: boolean): Promise<WalkReport> {
  const origin = new URL(url).origin
  const base = new URL(url).pathname
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  const report: WalkReport = { steps: [], maxClicks: new Map(), problems: [], links: new Set(), firstLoad: { bytes: 0, requests: 0 }, smallest: new Map() }
  let here = 'loading slide 1'
  watchPage(page, origin, report.problems, () => `[${scheme}] ${here}`)
  let counting = true
  page.on('requestfinished', async (r) => {
    if (!counting)
      return
    report.firstLoad.requests++
    const sizes = await r.sizes().catch(() => null)
    if (sizes)
      report.firstLoad.bytes += sizes.responseBodySize + sizes.responseHeadersSize
  })
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('DOM.enable')
  await cdp.send('CSS.enable')
  await openDeck(page, url, '1', scheme)
  counting = false
  const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'))
  if (dark !== (scheme === 'dark'))
    report.problems.push(`[${scheme}] html.dark is ${dark}`)

  for (;;) {
    const { no, clicks } = await slideState(page)
    here = `slide ${no} click ${clicks}`
    report.steps.push({ no, clicks })
    report.maxClicks.set(no, Math.max(report.maxClicks.get(no) ?? 0, clicks))
    for (const o of await overflowReport(page, no))
      report.problems.push(`[${scheme}] ${here}: overflow ${o}`)
    for (const m of [...await leakedMarkup(page, no), ...await footerOverlap(page, no)])
      report.problems.push(`[${scheme}] ${here}: ${m}`)
    if (thorough) {
      for (const g of await foreignGlyphs(cdp, no))
        report.problems.push(`[${scheme}] ${here}: ${g}`)
      const runs = await textSizes(page, no)
      for (const t of tooSmall(runs))
        report.problems.push(`[${scheme}] ${here}: ${t}`)
      const least = report.smallest.get(no) ?? new Map<string, number>()
      for (const r of runs)
        least.set(r.category, Math.min(least.get(r.category) ?? Infinity, r.size))
      report.smallest.set(no, least)
    }
    const hrefs: string[] = await page.evaluate(n => [...document.querySelectorAll(`#slideshow .slidev-page-${n} a[href]`)]
      .map(a => a.getAttribute('href') ?? ''), no)
    for (const h of hrefs.filter(h => h.startsWith(base)))
      report.links.add(h)
    if (!await stepForward(page))
      break
  }
  await page.close()
  return report
}

/** Highest click index per slide, by stepping through the deck with → (no checks). */
export async function clickTotals(browser: Browser, url: string): Promise<Map<number, number>> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  const totals = new Map<number, number>()
  await openDeck(page, url, '1')
  for (;;) {
    const { no, clicks } = await slideState(page)
    totals.set(no, Math.max(totals.get(no) ?? 0, clicks))
    if (!await stepForward(page))
      break
  }
  await page.close()
  return totals
}
