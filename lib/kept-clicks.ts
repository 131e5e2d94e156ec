import type { ClicksContext, SlideRoute } from '@slidev/types'
import { computed } from 'vue'

const KEPT = Symbol('kept-clicks')

/**
 * A slide that is not the current one keeps the click step it was last shown at.
 *
 * Slidev puts every slide behind the current one at its last click and every slide ahead at its
 * first, so leaving a slide before its last click (↓, or → on a slide without clicks left … the
 * bench's loop does it on every slide) re-rendered it complete while it slid out: its click-driven
 * figures re-drew and their new elements were mounted, styled and laid out inside the slide
 * change. Kept instead, nothing on the leaving slide changes. Where it does matter Slidev's own
 * value is used: on the current slide (from the URL, so going back still lands on the last
 * click), and for a slide never shown yet.
 *
 * Each slide's step is a computed, so a slide whose step is unchanged does not re-render at all.
 * `current()` is the current slide's number; `clicksOf(route)` is Slidev's `getPrimaryClicks`.
 */
export function keepClicksOfHiddenSlides(
  routes: SlideRoute[],
  current: () => number,
  clicksOf: (route: SlideRoute) => ClicksContext,
) {
  for (const route of routes) {
    const context = clicksOf(route) as ClicksContext & { [KEPT]?: true }
    const own = Object.getOwnPropertyDescriptor(context, 'current')
    if (context[KEPT] || !own?.get)
      continue
    const slidev = own.get.bind(context)
    let shown: number | undefined
    const step = computed(() => {
      const value = slidev()
      if (current() !== route.no)
        return shown ?? value
      shown = value
      return value
    })
    Object.defineProperty(context, 'current', { ...own, get: () => step.value })
    context[KEPT] = true
  }
}
