import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MINIMUM, TYPE, svgFontSize, typeCss } from '../../lib/type-scale'
import { TEXT_MINIMUM } from '../../scripts/lib/deck.mjs'
import { ROOT, filesUnder } from '../support/deck-source'

const pages = ['slides.md', ...filesUnder('pages', /\.md$/)]
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8')
/** The CSS of a page's `<style>` blocks. */
const styles = (src: string) => [...src.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(m => m[1]).join('\n')

describe('the type scale', () => {
  it('meets the minimums it is checked against', () => {
    expect(TYPE.body).toBeGreaterThanOrEqual(16)
    for (const role of ['body', 'dense', 'caption'] as const)
      expect(TYPE[role]).toBeGreaterThanOrEqual(MINIMUM.body)
    expect(TYPE.code).toBeGreaterThanOrEqual(MINIMUM.code)
    expect(TYPE.source).toBeGreaterThanOrEqual(MINIMUM.source)
    expect(TYPE.reference).toBeGreaterThanOrEqual(MINIMUM.reference)
    expect(TYPE.figure).toBeGreaterThanOrEqual(MINIMUM.figure)
  })

  it('is the one the e2e legibility check reads', () => {
    expect(TEXT_MINIMUM).toEqual(MINIMUM)
    expect(typeCss()).toContain('--type-body:1.1rem;')
    expect(typeCss()).toContain('--type-source:0.625rem;')
  })

  it('makes no `text-figure` size utility, which would clash with the `.text-figure` arrangement', async () => {
    const config = (await import('../../uno.config')).default
    const sizes = Object.keys((config.theme as { fontSize: Record<string, unknown> }).fontSize)
    expect(sizes).toEqual(['body', 'dense', 'caption', 'code', 'source', 'reference'])
  })

  it('gives the SVG font size that renders at a canvas size', () => {
    // a 600-unit-wide figure drawn 450 canvas px wide: 12 canvas px needs 16 units
    expect(svgFontSize(12, 600, 450)).toBe(16)
  })
})

describe('pages take their type from the scale', () => {
  it('no page\'s <style> sets a font size', () => {
    const offenders = pages.filter(f => /font-size|font:\s/.test(styles(read(f))))
    expect(offenders).toEqual([])
  })

  it('no page sets a font size inline or with a size utility below the body minimum', () => {
    // text-xs is 12 px, text-2xs 10 px, text-[...] an arbitrary size
    const small = /style="[^"]*font-size|\btext-(?:2xs|xs|\[[^\]]+\])/
    const offenders = pages.filter(f => small.test(read(f).replace(/<!--[\s\S]*?-->/g, '')))
    expect(offenders).toEqual([])
  })
})
