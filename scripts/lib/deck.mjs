// Driving a built or served Slidev deck in Chromium: open it, step through every click, and
// inspect the slide on screen (overflow, fonts). Shared by tests/e2e and scripts/shoot.mjs.

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
