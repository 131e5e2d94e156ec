import type { Plugin } from 'vite'

/** Slidev's slide show: the one `<TransitionGroup>` every slide change passes through. */
export const SLIDESHOW = '/@slidev/client/internals/SlidesShow.vue'

/** What the slide show binds to its `<TransitionGroup>` (Slidev 53), and what replaces it. */
const BINDING = 'v-bind="(hmrSkipTransition || disableTransition || isPrintMode) ? {} : currentTransition"'
const PATCHED = 'v-bind="slideTransition((hmrSkipTransition || disableTransition || isPrintMode) ? {} : currentTransition)"'
/** What the slide show does when a slide's leave transition has ended (Slidev 53), and what replaces it. */
const AFTER_LEAVE = '@after-leave="onAfterLeave"'
const AFTER_LEAVE_PATCHED = '@after-leave="afterSlideLeave(onAfterLeave, recomputeAllPoppers)"'
/** Where the import of the helpers goes. */
const SCRIPT = '<script setup lang="ts">\n'

/**
 * Bind the slide show's transition through `slideTransition` (lib/preloader.ts): persisted always
 * (a slide mounted ahead, hidden, played an enter transition on a `display: none` element), and
 * without CSS for a rapid change or where Slidev chose none. Vue then adds no enter and leave
 * classes, forces no reflow and reads no computed style for those changes (measured in the bench's
 * rapid loop: about 6 % of the renderer's main-thread time). At a talking pace the transition is
 * the one Slidev chose.
 *
 * And hand the end of a slide's leave transition to `afterSlideLeave` (lib/preloader.ts), which in
 * a build skips Slidev's flag for hot reloads.
 *
 * Throws when the slide show no longer has the binding, the leave handler or its
 * `<script setup lang="ts">` (a Slidev upgrade), so a build never ships without the patch, or with
 * a call to a helper it never imported.
 */
export function patchSlideshow(code: string, helper: string): string {
  for (const needed of [BINDING, AFTER_LEAVE, SCRIPT]) {
    if (!code.includes(needed))
      throw new Error(`${SLIDESHOW}: no \`${needed.trim()}\` to patch; lib/slideshow-patch.ts needs updating for this Slidev`)
  }
  return code
    .replace(BINDING, PATCHED)
    .replace(AFTER_LEAVE, AFTER_LEAVE_PATCHED)
    .replace(SCRIPT, `${SCRIPT}import { afterSlideLeave, slideTransition } from ${JSON.stringify(helper)}\n`)
}

/** The Vite plugin: `helper` is the absolute path of lib/preloader.ts. */
export function rapidSlideshow(helper: string): Plugin {
  return {
    name: 'deck:rapid-slideshow',
    enforce: 'pre',
    transform(code, id) {
      if (id.endsWith(SLIDESHOW))
        return { code: patchSlideshow(code, helper), map: null }
    },
  }
}
