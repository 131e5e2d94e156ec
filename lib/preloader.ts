import type { SlideRoute } from '@slidev/types'

/**
 * The order in which slides are mounted ahead of the presenter (global-bottom.vue): the next two
 * first (a → press must find its slide already drawn), the previous one, then the rest going
 * forward from the current slide, then the ones behind it. Slide numbers are 1-based; the
 * current slide itself is mounted by Slidev.
 */
export function preloadOrder(current: number, total: number): number[] {
  const first = [current + 1, current + 2, current - 1]
  const ahead = Array.from({ length: Math.max(0, total - current - 2) }, (_, i) => current + 3 + i)
  const behind = Array.from({ length: Math.max(0, current - 2) }, (_, i) => current - 2 - i)
  return [...first, ...ahead, ...behind].filter(n => n >= 1 && n <= total && n !== current)
}

/** Idle-time callback, with a timer fallback where requestIdleCallback is missing. */
function whenIdle(fn: () => void) {
  if (typeof requestIdleCallback === 'function')
    requestIdleCallback(fn, { timeout: 400 })
  else
    setTimeout(fn, 30)
}

let started = false

/**
 * Mount slides one per idle period, in the order `queue()` gives (re-read after every mount, so
 * a navigation re-prioritises). `onNavigate` registers a callback for slide changes. Runs once per
 * page, however many slide shows (the presenter view has two) mount the global layer.
 */
export function startPreloader(queue: () => (SlideRoute | undefined)[], onNavigate: (cb: () => void) => void) {
  if (started || typeof window === 'undefined')
    return
  started = true
  let running = false
  const step = () => {
    const route = queue().find(r => r && !r.meta.__preloaded)
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
      whenIdle(step)
    }
  }
  onNavigate(kick)
  kick()
}
