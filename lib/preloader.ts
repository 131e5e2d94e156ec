import type { SlideRoute } from '@slidev/types'

/**
 * The order in which slides are mounted ahead of the presenter (global-bottom.vue): the next and
 * the previous slide first (what Slidev itself preloads; a → press must find its slide drawn),
 * then the rest going forward from the current slide, then the ones behind it. Slide numbers are
 * 1-based; the current slide itself is mounted by Slidev.
 */
export function preloadOrder(current: number, total: number): number[] {
  const ahead = Array.from({ length: Math.max(0, total - current - 1) }, (_, i) => current + 2 + i)
  const behind = Array.from({ length: Math.max(0, current - 2) }, (_, i) => current - 2 - i)
  return [current + 1, current - 1, ...ahead, ...behind].filter(n => n >= 1 && n <= total)
}

/** How many of `preloadOrder`'s slides are mounted at once; the rest wait for `WARM_MS`. */
export const EAGER = 2

/**
 * The rest wait this long after the deck opens, so the first slide's load (its fonts, chunks and
 * network idle) is not slowed by slides nobody is looking at; Slidev waited as long.
 */
export const WARM_MS = 3000

/**
 * Idle-time callback, forced after 400 ms so the preloader keeps ahead of a quick presser (pure
 * idle measured slower in the bench's loop), with a timer where requestIdleCallback is missing.
 */
function whenIdle(fn: () => void) {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(fn, { timeout: 400 })
  else
    setTimeout(fn, 30)
}

let started = false

/**
 * Mount slides one per idle period, in the order `queue()` gives (re-read after every mount, so
 * a navigation re-prioritises): its first `EAGER` at once, the rest from `WARM_MS` after the
 * start, when every font face is fetched too. `onNavigate` registers a callback for slide changes. Runs once per page, however many
 * slide shows (the presenter view has two) mount the global layer.
 */
export function startPreloader(queue: () => (SlideRoute | undefined)[], onNavigate: (cb: () => void) => void) {
  if (started || typeof window === 'undefined')
    return
  started = true
  let running = false
  let warm = false
  const step = () => {
    const order = queue()
    const route = (warm ? order : order.slice(0, EAGER)).find(r => r && !r.meta.__preloaded)
    if (!route) {
      running = false
      return
    }
    route.meta.__preloaded = true
    void route.load()
    // let Vue mount it and the browser paint before the next one
    requestAnimationFrame(() => requestAnimationFrame(() => whenIdle(step)))
  }
  const kick = () => {
    if (!running) {
      running = true
      // right after the frame that shows the new slide: the next one must be drawn before the
      // next press, which may come before the browser is ever idle
      requestAnimationFrame(() => setTimeout(step, 0))
    }
  }
  onNavigate(kick)
  kick()
  setTimeout(() => {
    warm = true
    kick()
    loadAllFonts()
  }, WARM_MS)
}

/**
 * Fetch every font face the deck declares that is not loaded yet (the Chinese font alone comes in
 * ~90 unicode-range slices, about 0.9 MB with KaTeX's). A browser fetches a slice only once text
 * needing it is laid out, so a slide seen for the first time waited for its slices and laid its
 * text out again when they arrived; loading them all once the first slide is up removes that
 * (one by one in idle time measured slower: more first visits still waited for a slice).
 */
function loadAllFonts() {
  document.fonts?.forEach((face) => {
    if (face.status === 'unloaded')
      face.load().catch(() => {})
  })
}
