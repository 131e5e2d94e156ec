import { defineConfig } from 'unocss'
import { TONES, color, paletteCss } from './lib/palette'
import { LEADING, TYPE, type TypeRole, rem, typeCss } from './lib/type-scale'

// SVG presentation attributes that UnoCSS's attributify mode (on in Slidev) would otherwise read
// as utilities: `<text font-size="14">` became `font-size: 3.5rem`, `opacity="0.5"` became
// `opacity: .005`. Figures need them to mean what SVG says, so their attributify forms are blocked;
// the same names as classes (`class="opacity-50"`) still work.
const SVG_ATTRIBUTES = [
  'font-size', 'font-weight', 'font-family', 'font-style', 'letter-spacing',
  'opacity', 'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity',
  'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'paint-order',
  'text-anchor', 'dominant-baseline', 'transform', 'x', 'y', 'width', 'height',
  'r', 'rx', 'ry', 'cx', 'cy', 'points', 'd', 'offset',
]

// Slidev's typography preset (the `prose` class of the presenter's notes) ends each of its ~90
// selectors with `:not(:where([class~="not-prose"],[class~="not-prose"] *))`, which makes any class
// change on an element re-style everything below it: a class toggled on a slide's root cost 4 ms
// instead of 2, and a slide change toggles several (Vue's transition classes) on two slides. The
// deck has no `.not-prose`, so the exclusion is cut from the generated CSS.
export const NOT_PROSE = ':not(:where([class~="not-prose"],[class~="not-prose"] *))'

// Merged by Slidev with its own UnoCSS config: adds the figure palette as CSS variables
// (light and dark) and as `fig-*` theme colours (`text-fig-hbm`, `bg-fig-prefill`, ...), and the
// type scale (lib/type-scale.ts) as `--type-*` variables and `text-body`, `text-dense`,
// `text-caption`, `text-code`, `text-source`, `text-reference` sizes.
export default defineConfig({
  theme: {
    colors: {
      fig: Object.fromEntries(TONES.map(t => [t, color(t)])),
    },
    // HTML roles only: `figure` sizes SVG text, and a `text-figure` utility would clash with the
    // `.text-figure` arrangement class (it shrank a whole text column to 12 px)
    fontSize: Object.fromEntries((Object.keys(TYPE) as TypeRole[]).filter(r => r !== 'figure').map(r => [r, [rem(TYPE[r]), String(LEADING[r])]])),
  },
  preflights: [{ getCSS: () => paletteCss() + typeCss() }],
  blocklist: [new RegExp(`^\\[(${SVG_ATTRIBUTES.join('|')})~?=`)],
  postprocess: [(util) => {
    for (const entry of util.entries) {
      if (typeof entry[1] === 'string' && entry[1].includes(NOT_PROSE))
        entry[1] = entry[1].replaceAll(NOT_PROSE, '')
    }
  }],
})
