import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterSlideLeave, markRapid, slideTransition } from '../../lib/preloader'
import { SLIDESHOW, patchSlideshow, rapidSlideshow } from '../../lib/slideshow-patch'

const slidesShow = () => readFileSync(createRequire(import.meta.url).resolve(`@slidev/client${SLIDESHOW.replace('/@slidev/client', '')}`), 'utf8')

describe('the slide show patch (lib/slideshow-patch.ts)', () => {
  it('binds the installed Slidev slide show\'s transition through slideTransition', () => {
    const source = slidesShow()
    const patched = patchSlideshow(source, '/deck/lib/preloader.ts')
    expect(patched).toContain('v-bind="slideTransition((hmrSkipTransition || disableTransition || isPrintMode) ? {} : currentTransition)"')
    expect(patched).toContain('@after-leave="afterSlideLeave(onAfterLeave, recomputeAllPoppers)"')
    expect(patched).not.toContain('@after-leave="onAfterLeave"')
    expect(patched).toMatch(/^<script setup lang="ts">\nimport \{ afterSlideLeave, slideTransition \} from "\/deck\/lib\/preloader\.ts"\n/)
    // nothing else changes
    expect(patched
      .replace(/^(<script setup lang="ts">\n)import .*\n/, '$1')
      .replace('slideTransition(', '')
      .replace('currentTransition)"', 'currentTransition"')
      .replace('afterSlideLeave(onAfterLeave, recomputeAllPoppers)', 'onAfterLeave')).toBe(source)
  })

  it('fails the build when Slidev no longer has the binding, or the script to import into', () => {
    expect(() => patchSlideshow('<template><TransitionGroup /></template>', '/x.ts')).toThrow(/needs updating/)
    // the binding without the leave handler
    expect(() => patchSlideshow(slidesShow().replace('@after-leave="onAfterLeave"', ''), '/x.ts')).toThrow(/@after-leave="onAfterLeave".*needs updating/)
    // the binding without the script the import goes into
    expect(() => patchSlideshow(slidesShow().replace('<script setup lang="ts">', '<script setup>'), '/x.ts')).toThrow(/<script setup lang="ts">.*needs updating/)
  })

  it('is applied by the Vite plugin to the slide show only', () => {
    const plugin = rapidSlideshow('/deck/lib/preloader.ts')
    const transform = plugin.transform as (code: string, id: string) => { code: string } | undefined
    expect(transform(slidesShow(), `/x/node_modules/@slidev/client/internals/SlidesShow.vue`)?.code).toContain('slideTransition(')
    expect(transform('x', '/x/node_modules/@slidev/client/internals/SlideWrapper.vue')).toBeUndefined()
  })
})

describe('the transition a slide change gets (slideTransition)', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })
  const mark = (rapid: boolean) => {
    vi.stubGlobal('document', { querySelectorAll: () => [] })
    markRapid(rapid)
  }

  it('is Slidev\'s at a talking pace, persisted: slides are shown and hidden by v-show', () => {
    mark(false)
    expect(slideTransition({ name: 'slide-left' })).toEqual({ name: 'slide-left', persisted: true })
  })

  it('has no CSS for a rapid change, and none where Slidev chose no transition', () => {
    mark(true)
    expect(slideTransition({ name: 'slide-left' })).toEqual({ name: 'slide-left', persisted: true, css: false })
    mark(false)
    expect(slideTransition({})).toEqual({ persisted: true, css: false })
    expect(slideTransition(undefined)).toEqual({ persisted: true, css: false })
  })
})

describe('the end of a slide\'s leave transition (afterSlideLeave)', () => {
  it('only moves the tooltips in a build, leaving the slide show\'s binding as it was', () => {
    const slidev = vi.fn()
    const poppers = vi.fn()
    afterSlideLeave(slidev, poppers, false)
    expect(slidev).not.toHaveBeenCalled()
    expect(poppers).toHaveBeenCalledOnce()
  })

  it('runs Slidev\'s handler where hot reloads replay transitions (the dev server)', () => {
    const slidev = vi.fn()
    const poppers = vi.fn()
    afterSlideLeave(slidev, poppers, true)
    expect(slidev).toHaveBeenCalledOnce()
    expect(poppers).not.toHaveBeenCalled()
  })

  it('tells a build from the dev server by import.meta.hot', () => {
    // vitest has no hot module replacement, like a build
    const slidev = vi.fn()
    afterSlideLeave(slidev, () => {})
    expect(slidev).not.toHaveBeenCalled()
  })
})
