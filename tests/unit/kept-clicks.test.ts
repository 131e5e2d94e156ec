import type { ClicksContext, SlideRoute } from '@slidev/types'
import { describe, expect, it } from 'vitest'
import { computed, ref } from 'vue'
import { keepClicksOfHiddenSlides } from '../../lib/kept-clicks'

const MAX = 999999

/** Slidev's rule (useNav getPrimaryClicks): current slide from the URL, behind at the end, ahead at the start. */
function deck(total: number, clicks: number[]) {
  const current = ref(1)
  const query = ref(0)
  const routes = Array.from({ length: total }, (_, i) => ({ no: i + 1, meta: {} }) as unknown as SlideRoute)
  const contexts = routes.map((route, i) => {
    const inner = computed(() => current.value === route.no ? query.value : current.value > route.no ? MAX : 0)
    const context = {
      get current() {
        return Math.min(Math.max(inner.value, 0), clicks[i])
      },
      set current(v: number) {
        if (current.value === route.no)
          query.value = v
      },
    } as ClicksContext
    return context
  })
  keepClicksOfHiddenSlides(routes, () => current.value, r => contexts[r.no - 1])
  const go = (no: number, at = 0) => {
    current.value = no
    query.value = at
  }
  return { contexts, go, query }
}

describe('a slide that is not on screen keeps its click step', () => {
  it('leaves a slide skipped past at the click it was shown at, not at its end', () => {
    const { contexts, go } = deck(3, [0, 4, 2])
    go(2, 1)
    expect(contexts[1].current).toBe(1)
    go(3)
    expect(contexts[1].current).toBe(1)
    expect(contexts[2].current).toBe(0)
    // a step is remembered as it is shown: the slide's own render reads it while it is current
    go(1)
    expect(contexts[2].current).toBe(0)
  })

  it('uses Slidev\'s value on the current slide, so going back lands on the last click', () => {
    const { contexts, go } = deck(3, [0, 4, 2])
    go(2, 1)
    expect(contexts[1].current).toBe(1)
    go(3)
    go(2, MAX)
    expect(contexts[1].current).toBe(4)
  })

  it('uses Slidev\'s value for a slide never shown: behind at its end, ahead at its start', () => {
    const { contexts, go } = deck(4, [0, 4, 2, 3])
    go(3)
    expect(contexts[0].current).toBe(0)
    expect(contexts[1].current).toBe(4)
    expect(contexts[3].current).toBe(0)
  })

  it('keeps the step when going backwards too', () => {
    const { contexts, go } = deck(3, [0, 4, 2])
    go(3, 2)
    expect(contexts[2].current).toBe(2)
    go(2, 4)
    expect(contexts[2].current).toBe(2)
  })

  it('does not re-run what depends on a leaving slide\'s step when it keeps it', () => {
    const { contexts, go } = deck(3, [0, 4, 2])
    go(2, 1)
    let runs = 0
    const view = computed(() => {
      runs++
      return contexts[1].current
    })
    expect(view.value).toBe(1)
    go(3)
    expect(view.value).toBe(1)
    expect(runs).toBe(1)
  })

  it('follows the clicks on the current slide', () => {
    const { contexts, go, query } = deck(2, [0, 4])
    go(2)
    query.value = 3
    expect(contexts[1].current).toBe(3)
    contexts[1].current = 2
    expect(contexts[1].current).toBe(2)
  })
})
