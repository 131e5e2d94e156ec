import type { SlideRoute } from '@slidev/types'
import type { TransitionGroupProps } from 'vue'
import { fontGroupOf } from './font-groups'

/** How many slides ahead of the presenter are kept mounted at all times. */
export const LOOKAHEAD = 2

/**
 * The order in which slides are mounted ahead of the presenter (global-bottom.vue): the next
 * `LOOKAHEAD` slides and the previous one first, then the rest going forward from the current
 * slide, then the ones behind it. Slide numbers are 1-based; the current slide itself is mounted
 * by Slidev.
 */
export function preloadOrder(current: number, total: number): number[] {
  const ahead = Array.from({ length: Math.max(0, total - current) }, (_, i) => current + 1 + i)
  const behind = Array.from({ length: Math.max(0, current - 1) }, (_, i) => current - 1 - i)
  return [...ahead.slice(0, LOOKAHEAD), ...behind.slice(0, 1), ...ahead.slice(LOOKAHEAD), ...behind.slice(1)]
}

/**
 * How many of `preloadOrder`'s slides are mounted at once, wherever the presenter goes: the
 * lookahead and the previous slide. A presenter pressing → as fast as slides appear would
 * otherwise reach a slide whose chunk was still on its way (one slide ahead was not enough: the
 * bench's loop found the next slide unmounted in most of its slow switches).
 */
export const EAGER = LOOKAHEAD + 1

/**
 * The rest wait this long after the deck opens, so the first slide's load (its fonts, chunks and
 * network idle) is not slowed by slides nobody is looking at; Slidev waited as long.
 */
export const WARM_MS = 3000

/**
 * The rest also wait for the presenter to stay on a slide this long: while → is pressed in quick
 * succession, every mount and font fetch would land in the middle of a slide change. 1 s, not
 * 0.5 s: pressed every 0.75 s, the first quiet moment fetched every remaining font file and began
 * mounting the rest 0.25 s before the next press, which it then delayed (the bench's talking-pace
 * loop, 5 interleaved runs each: its 4th switch, to slide 5, averaged 126 ms, at most 286 ms,
 * against 47-82 ms for every switch with 1 s).
 */
export const QUIET_MS = 1000

/**
 * After a change with a transition, the next mount waits this long: fetching, evaluating and
 * mounting a slide ahead landed inside the change's first frames, which already cost the most
 * (measured: the first → of a session, the only one with a transition in the bench's loop, was
 * its slowest). A presenter pressing again sooner gets a rapid change, which has no transition.
 */
export const SETTLE_MS = 150

/**
 * From the first slide change on, the Chinese font files of the chapters up to this many slides
 * ahead are fetched too (one file a weight per chapter, lib/deck-fonts.ts, by a character of the
 * chapter's group). Two slides ahead, through the mounted slide's text, was too late for a
 * chapter's first slide in the bench's rapid loop: its file arrived after the slide was shown,
 * which was laid out without it and again when it came. Measured, 8 interleaved runs each: runs
 * with a switch over 200 ms, on the harness's clock and on screen, 0 and 0 against 4 and 0
 * without. From the first change, not the second, since the cover became a JPEG
 * (scripts/make-cover.mjs), which took most of the work out of the first change: slide 4, the
 * first of a chapter, was otherwise shown before its file came (the rapid loop to slide 6, 16
 * interleaved runs each: the switch to slide 4 averaged 69 ms and at most 121, against 103 and 215).
 */
export const FONT_LOOKAHEAD = 4

/** Noto Sans SC's weights (the headmatter's `fonts.weights`). */
const NOTO_WEIGHTS = ['400', '700']

type Cancel = () => void

/** After the frame now being drawn: the soonest a mount cannot delay showing the current slide. */
function afterFrame(fn: () => void): Cancel {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/**
 * Idle time, forced after 400 ms so the preloader keeps ahead of a quick presser (pure idle
 * measured slower in the bench's loop), with a timer where requestIdleCallback is missing.
 */
function whenIdle(fn: () => void): Cancel {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout: 400 })
    return () => cancelIdleCallback(id)
  }
  const id = setTimeout(fn, 30)
  return () => clearTimeout(id)
}

let started = false

/**
 * Mount slides one at a time, in the order `queue()` gives (re-read before every mount, so a
 * navigation re-prioritises). A slide's code is fetched first and the slide mounted once it has
 * arrived, so mounting never waits on the network; then the browser draws a frame before the next
 * one. The first `EAGER` slides of the queue are mounted right after each navigation; the rest in
 * idle time from `WARM_MS` after the start, when every font face is fetched too. `current()` is
 * the slide on screen; `groupSamples` holds a character of each font group (index = group,
 * `virtual:deck-font-groups`; none in dev). Returns what to call on each slide change, with
 * whether it was rapid (`isRapid`); undefined where the preloader already runs. Runs once per
 * page, however many slide shows (the presenter view has two) mount the global layer.
 */
export function startPreloader(
  current: () => SlideRoute | undefined,
  queue: () => (SlideRoute | undefined)[],
  groupSamples: readonly string[] = [],
): ((rapid: boolean) => void) | undefined {
  if (started || typeof window === 'undefined')
    return undefined
  started = true
  let warm = false
  let busy = false
  let cancel: Cancel | undefined
  let fontsLoaded = false
  let lastNav = 0
  // slide changes so far
  let changes = 0
  let settleTimer: ReturnType<typeof setTimeout> | undefined
  // after a change that animates (not a rapid one), mounting and the second slide's fonts wait
  // for its first frames
  let settleUntil = 0
  const fonted = new Set<number>()
  const groupsFetched = new Set<number>()
  const quiet = () => performance.now() - lastNav >= QUIET_MS
  const unmounted = (r: SlideRoute | undefined): r is SlideRoute => !!r && !r.meta.__preloaded
  const pick = (order: (SlideRoute | undefined)[]) =>
    order.slice(0, EAGER).find(unmounted) ?? (warm && quiet() ? order.find(unmounted) : undefined)
  const schedule = () => {
    cancel?.()
    cancel = undefined
    // the slide on screen stays mounted once left: Slidev keeps only the current slide and the
    // ones marked preloaded, so the slide a deck was opened at was unmounted mid-transition on the
    // first → and mounted again as the previous slide
    const here = current()
    if (here)
      here.meta.__preloaded = true
    const order = queue()
    // the font files of the lookahead, once mounted: a slide shown before its fonts arrive is
    // laid out with fallback fonts (measured: slide 4's first layout took 53-73 ms that way in
    // the bench's rapid loop, against 27 ms with its fonts there) and again when they come. From
    // the start, so slide 3's come with the first load (6 KiB more), and while a change animates
    // too. Measured with the JPEG cover, in the same runs as FONT_LOOKAHEAD's change, made with
    // this one: the switch to slide 3 averaged 65 ms, against 73 when its fonts waited for the
    // first change to settle
    for (const r of order.slice(0, LOOKAHEAD)) {
      if (r?.meta.__preloaded && !fonted.has(r.no)) {
        fonted.add(r.no)
        afterFrame(() => loadFontsOf(r.no))
      }
    }
    // and, from the first change, the Chinese font files of the chapters `FONT_LOOKAHEAD` ahead
    if (here && changes > 0) {
      for (let no = here.no + 1; no <= here.no + FONT_LOOKAHEAD; no++) {
        const group = fontGroupOf(no)
        const sample = groupSamples[group]
        if (sample && !groupsFetched.has(group)) {
          groupsFetched.add(group)
          afterFrame(() => loadFontGroup(sample))
        }
      }
    }
    const settling = settleUntil - performance.now()
    // the next mount waits for the change to settle, and is looked at again then
    if (settling > 0 && !settleTimer)
      settleTimer = setTimeout(() => (settleTimer = undefined, schedule()), settling)
    if (busy)
      return
    if (order.slice(0, EAGER).some(unmounted)) {
      if (settling <= 0)
        cancel = afterFrame(step)
      return
    }
    const rest = order.some(unmounted)
    if (!warm || (!rest && fontsLoaded))
      return
    const wait = QUIET_MS - (performance.now() - lastNav)
    if (wait > 0) {
      // the presenter is moving: look again once they have stayed on a slide
      const id = setTimeout(schedule, wait + 10)
      cancel = () => clearTimeout(id)
      return
    }
    if (!fontsLoaded) {
      fontsLoaded = true
      loadAllFonts()
    }
    if (rest)
      cancel = whenIdle(step)
  }
  const step = () => {
    cancel = undefined
    const order = queue()
    const route = pick(order)
    if (!route)
      return
    busy = true
    // the lookahead's code is fetched in parallel; only the mounting is one at a time
    for (const r of order.slice(0, EAGER).filter(unmounted))
      void r.load()
    route.load().catch(() => {}).finally(() => {
      route.meta.__preloaded = true
      busy = false
      schedule()
    })
  }
  schedule()
  setTimeout(() => {
    warm = true
    schedule()
  }, WARM_MS)
  return (rapid) => {
    lastNav = performance.now()
    changes++
    // a rapid change has no transition to wait for (and cuts short the one before it)
    settleUntil = rapid ? 0 : lastNav + SETTLE_MS
    schedule()
  }
}

/**
 * Fetch the font faces a mounted (hidden) slide's text needs, weight by weight. A browser fetches
 * a unicode-range slice only once text needing it is laid out, so a slide's first showing waited
 * for its slices and laid its text out again when they arrived, inside the slide change.
 */
export function loadFontsOf(no: number) {
  const page = document.querySelector(`#slideshow .slidev-page-${no}`)
  if (!page || !document.fonts)
    return
  const texts = new Map<string, string>()
  const walk = document.createTreeWalker(page, NodeFilter.SHOW_TEXT)
  for (let node = walk.nextNode(); node; node = walk.nextNode()) {
    const text = node.textContent?.trim()
    if (!text || !node.parentElement)
      continue
    const style = getComputedStyle(node.parentElement)
    const font = `${style.fontStyle} ${style.fontWeight} 16px ${style.fontFamily}`
    texts.set(font, (texts.get(font) ?? '') + text)
  }
  for (const [font, text] of texts)
    document.fonts.load(font, text).catch(() => {})
}

/** Fetch a font group's Noto Sans SC files, one a weight, by a character only that group holds. */
function loadFontGroup(sample: string) {
  for (const weight of NOTO_WEIGHTS)
    document.fonts?.load(`${weight} 16px "Noto Sans SC"`, sample).catch(() => {})
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

/**
 * Before a navigation is drawn, hide the slides still playing an earlier leave transition (a
 * transition lasts 0.5 s; pressed faster, several slides were drawn and animated at once).
 */
export function endStaleLeaves(now: number) {
  document.querySelectorAll<HTMLElement>('#slideshow > .slidev-page').forEach((el) => {
    if (el.dataset.slidevNo !== String(now) && [...el.classList].some(c => c.endsWith('-leave-active')))
      el.style.display = 'none'
  })
}

/**
 * Slide changes closer together than this skip the slide transition. A transition lasts 0.5 s
 * (`--slidev-transition-duration`); a presenter pressing faster (skipping ahead, or back to a
 * slide for a question) cut each one short anyway, and every change then animated two slides on
 * top of the ones still sliding. At a talking pace every change keeps its transition.
 */
export const RAPID_MS = 500

/** Whether a slide change at `now` follows the previous one (at `last`, or never) within `RAPID_MS`. */
export function isRapid(last: number | undefined, now: number) {
  return last !== undefined && now - last < RAPID_MS
}

let rapidChange = false

/**
 * Mark the slide shows for a rapid change or a paced one: `slideTransition` then drops the
 * transition's CSS, and styles/deck.css turns off any slide transition still running.
 */
export function markRapid(rapid: boolean) {
  rapidChange = rapid
  document.querySelectorAll('#slideshow').forEach(el => el.toggleAttribute('data-rapid', rapid))
}

/**
 * What the slide show binds to its `<TransitionGroup>` (lib/slideshow-patch.ts), given the
 * transition Slidev chose (`{}` for none: print, HMR, after a transition has ended):
 * - always `persisted`, as Vue sets it for a `<Transition>` around a `v-show` child: every slide
 *   is shown and hidden by `v-show`, so a slide mounted ahead (hidden) plays no enter transition;
 * - without CSS for a rapid change or where there is no transition, so Vue adds no classes and
 *   reads no styles for it, and the next slide is shown and the last one hidden at once.
 */
export function slideTransition(transition: TransitionGroupProps | undefined): TransitionGroupProps {
  return { ...transition, persisted: true, ...(rapidChange || !transition?.name ? { css: false } : {}) }
}

/**
 * What the slide show does when a slide's leave transition has ended (lib/slideshow-patch.ts):
 * Slidev's handler (`slidev`) sets a flag so a hot reload does not play the transition again, and
 * moves any tooltip (`poppers`). The flag changes the slide show's transition binding, so each
 * slide change rendered the slide show again once its leave ended, and with it the wrapper of
 * every slide mounted so far (a slide's `v-show` forces its wrapper to update). In a build there
 * is no hot reload: only the tooltips move. Measured over the bench's rapid loop (61 changes):
 * 62 renders of the slide show instead of 181, and 2,553 slide-wrapper updates instead of 7,082.
 * `hot`: whether the page has hot module replacement (Slidev's dev server).
 */
export function afterSlideLeave(slidev: () => void, poppers: () => void, hot = !!import.meta.hot) {
  if (hot)
    slidev()
  else
    poppers()
}
