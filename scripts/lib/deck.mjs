// Driving a built or served Slidev deck in Chromium: open it, step through every click, and
// inspect the slide on screen (overflow, fonts, text sizes). Shared by tests/e2e and scripts/shoot.mjs.
import { createJiti } from 'jiti'

const { MINIMUM } = await createJiti(import.meta.url).import('../../lib/type-scale.ts')

/** Turns off CSS transitions and animations so a step is on screen as soon as the route changes. */
export const NO_MOTION_CSS = '*,*::before,*::after{transition:none!important;animation:none!important;}'

/**
 * Open the deck at `path` (relative to `baseUrl`) in a colour scheme and wait until it is drawn.
 * @param {import('playwright-chromium').Page} page
 */
export async function openDeck(page, baseUrl, path = '1', scheme = 'light') {
  await page.emulateMedia({ colorScheme: scheme })
  await page.goto(baseUrl + path, { waitUntil: 'networkidle' })
  await page.addStyleTag({ content: NO_MOTION_CSS })
  await page.waitForSelector('#slide-content')
  await settle(page)
}

/**
 * Slide number on screen (from the DOM: the URL may be a route alias like /base/vllm) and the
 * click count (from the URL's ?clicks=).
 */
export async function slideState(page) {
  const no = await page.evaluate(() => {
    const shown = [...document.querySelectorAll('#slideshow .slidev-page')]
      .filter(el => getComputedStyle(el).display !== 'none')
    return Number(shown.at(-1)?.getAttribute('data-slidev-no') ?? Number.NaN)
  })
  return { no, clicks: Number(new URL(page.url()).searchParams.get('clicks') ?? 0) }
}

/** Wait for web fonts and two animation frames. */
export async function settle(page) {
  await page.evaluate(async () => {
    await document.fonts.ready
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))
  })
}

/** Press → once; resolves to true if the URL (slide or click) changed. */
export async function stepForward(page) {
  const before = page.url()
  await page.keyboard.press('ArrowRight')
  try {
    await page.waitForURL(u => u.toString() !== before, { timeout: 4000 })
  }
  catch {
    return false
  }
  await settle(page)
  return true
}

/**
 * Elements of the slide on screen that reach outside the slide canvas (more than 1 px).
 * SVG internals are skipped: the <svg> clips them, so the <svg> itself is what is checked.
 */
export function overflowReport(page, no) {
  return page.evaluate((no) => {
    const canvas = document.querySelector('#slide-content')
    const slide = document.querySelector(`#slideshow .slidev-page-${no}`)
    if (!canvas || !slide)
      return [`slide ${no} not rendered`]
    const box = canvas.getBoundingClientRect()
    const out = []
    for (const el of slide.querySelectorAll('*')) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'svg')
        continue
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0)
        continue
      const style = getComputedStyle(el)
      if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed')
        continue
      const over = Math.max(box.left - r.left, r.right - box.right, box.top - r.top, r.bottom - box.bottom)
      if (over > 1) {
        const text = (el.textContent ?? '').trim().slice(0, 40)
        out.push(`<${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}> by ${Math.round(over)}px: "${text}"`)
      }
    }
    return out
  }, no)
}

/**
 * Text and figures of the slide on screen that run into its source footer (`.source-note`) by
 * more than 2 px: the footer sits at the bottom of the canvas, and a figure or list grown into it
 * is unreadable even though nothing leaves the canvas.
 */
export function footerOverlap(page, no) {
  return page.evaluate((no) => {
    const slide = document.querySelector(`#slideshow .slidev-page-${no}`)
    const note = slide?.querySelector('.source-note')
    if (!slide || !note || !(note.textContent ?? '').trim())
      return []
    const f = note.getBoundingClientRect()
    const visible = (el) => {
      for (let e = el; e && e !== slide; e = e.parentElement) {
        const s = getComputedStyle(e)
        if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0)
          return false
      }
      return true
    }
    const hits = (r) => Math.min(r.bottom, f.bottom) - Math.max(r.top, f.top) > 2 && Math.min(r.right, f.right) - Math.max(r.left, f.left) > 2
    const out = []
    for (const svg of slide.querySelectorAll('svg[role="img"]')) {
      if (!note.contains(svg) && visible(svg) && hits(svg.getBoundingClientRect()))
        out.push(`figure "${(svg.getAttribute('aria-label') ?? '').slice(0, 40)}" runs into the source note`)
    }
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!n.nodeValue.trim() || !el || note.contains(el) || el.closest('svg') || !visible(el))
        continue
      const range = document.createRange()
      range.selectNodeContents(n)
      if ([...range.getClientRects()].some(hits))
        out.push(`text "${n.nodeValue.trim().slice(0, 40)}" runs into the source note`)
    }
    return out
  }, no)
}

/**
 * Component or HTML tags that reached the screen as text (`<carbon:chip class=...>` in a Markdown
 * heading is not compiled, for example). Code blocks and formulas are skipped.
 */
export function leakedMarkup(page, no) {
  return page.evaluate((no) => {
    const slide = document.querySelector(`#slideshow .slidev-page-${no}`)
    if (!slide)
      return []
    const out = []
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.closest('pre, code, .katex, .slidev-code'))
        continue
      const m = n.nodeValue.match(/<\/?[A-Za-z][\w:-]*(?:\s[^>]*)?\/?>|<[A-Za-z][\w-]*:[\w-]+/)
      if (m)
        out.push(`markup shown as text: "${m[0].slice(0, 40)}"`)
    }
    return out
  }, no)
}

/**
 * Text on the slide drawn by a font the page did not load itself (a system font), per
 * Chromium's CSS.getPlatformFontsForNode. Empty when every glyph came from a shipped web font.
 * @param {import('playwright-chromium').CDPSession} cdp
 */
export async function foreignGlyphs(cdp, no) {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true })
  const slide = findNode(root, n => n.nodeType === 1 && /(^|\s)slidev-page-(\d+)(\s|$)/.test(attr(n, 'class')) && attr(n, 'class').split(/\s+/).includes(`slidev-page-${no}`))
  if (!slide)
    return [`slide ${no} not found in DOM`]
  const texts = []
  collect(slide, n => n.nodeType === 3 && n.nodeValue.trim() !== '', texts)
  const bad = []
  for (const t of texts) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId: t.nodeId })
    for (const f of fonts) {
      if (!f.isCustomFont)
        bad.push(`"${t.nodeValue.trim().slice(0, 30)}" drawn with system font ${f.familyName} (${f.glyphCount} glyphs)`)
    }
  }
  return bad
}

function attr(node, name) {
  const a = node.attributes ?? []
  for (let i = 0; i < a.length; i += 2) {
    if (a[i] === name)
      return a[i + 1]
  }
  return ''
}

function findNode(node, pred) {
  if (pred(node))
    return node
  for (const c of node.children ?? []) {
    const hit = findNode(c, pred)
    if (hit)
      return hit
  }
  return null
}

function collect(node, pred, out) {
  if (pred(node))
    out.push(node)
  for (const c of node.children ?? [])
    collect(c, pred, out)
}

/** Minimum rendered size, in slide-canvas px, of each category of text (lib/type-scale.ts). */
export const TEXT_MINIMUM = MINIMUM

/**
 * Every visible text run on the slide on screen, with its rendered size in slide-canvas px
 * (980-px canvas) and its category: `source` (in a `.source-note`), `code` (in `pre` / `code`),
 * `figure` (SVG text), `reference` (on a slide whose content has `.reference-list`), else `body`.
 * Runs under `aria-hidden` and hidden or transparent elements are skipped; KaTeX text is judged
 * by its formula's size (sub- and superscripts are meant to be smaller).
 * @returns {Promise<Array<{ category: 'body' | 'figure' | 'code' | 'source' | 'reference', size: number, text: string }>>}
 */
export function textSizes(page, no) {
  return page.evaluate((no) => {
    const canvas = document.querySelector('#slide-content')
    const slide = document.querySelector(`#slideshow .slidev-page-${no}`)
    if (!canvas || !slide)
      return []
    // canvas px per screen px: the slide canvas is 980 px wide, scaled to the window
    const unit = 980 / canvas.getBoundingClientRect().width
    const references = !!slide.querySelector('.reference-list')
    const invisible = (el) => {
      for (let e = el; e && e !== slide; e = e.parentElement) {
        if (e.getAttribute('aria-hidden') === 'true')
          return true
        const s = getComputedStyle(e)
        if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0)
          return true
      }
      return false
    }
    const runs = []
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.nodeValue.trim()
      const el = n.parentElement
      if (!text || !el || invisible(el))
        continue
      const range = document.createRange()
      range.selectNodeContents(n)
      const r = range.getBoundingClientRect()
      if (r.width === 0 || r.height === 0)
        continue
      const katex = el.closest('.katex')
      const sized = katex ?? el
      const svgText = el.closest('svg') && el instanceof SVGElement
      let size
      if (svgText) {
        // SVG text: font-size in user units × the element's on-screen scale
        const m = el.getScreenCTM()
        const scale = m ? Math.hypot(m.a, m.b) : 1
        size = Number.parseFloat(getComputedStyle(el).fontSize) * scale * unit
      }
      else {
        // HTML: computed size × the on-screen scale (zoom, transforms) of the nearest box wide
        // enough to measure it: its width on screen over its layout width
        let probe = sized
        while (probe.parentElement && probe !== slide && !(probe instanceof HTMLElement && probe.offsetWidth >= 200))
          probe = probe.parentElement
        const layout = probe instanceof HTMLElement ? probe.offsetWidth : 0
        const scale = layout > 0 ? probe.getBoundingClientRect().width / layout : 1 / unit
        size = Number.parseFloat(getComputedStyle(sized).fontSize) * scale * unit
      }
      const category = el.closest('.source-note')
        ? 'source'
        : el.closest('pre, code, .slidev-code')
          ? 'code'
          : svgText
            ? 'figure'
            : references ? 'reference' : 'body'
      runs.push({ category, size: Math.round(size * 10) / 10, text: text.slice(0, 40) })
    }
    return runs
  }, no)
}

/** The runs of `textSizes` below their category's minimum, one line each. */
export function tooSmall(runs) {
  return runs
    .filter(r => r.size < TEXT_MINIMUM[r.category] - 0.05)
    .map(r => `${r.category} text ${r.size}px < ${TEXT_MINIMUM[r.category]}px: "${r.text}"`)
}

/** The smallest run per category, as `body 15.0 · figure 11.5 ...`. */
export function smallestText(runs) {
  const min = {}
  for (const r of runs)
    min[r.category] = Math.min(min[r.category] ?? Infinity, r.size)
  return Object.entries(min).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(' · ')
}
