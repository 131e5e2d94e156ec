/**
 * The deck's one type scale, in slide-canvas px (Slidev's canvas is 980 px wide; on a 1920-px
 * projector one canvas px is about two screen px). `uno.config.ts` turns `TYPE` into `--type-*`
 * CSS variables and `text-body`, `text-dense`, ... utilities; `styles/deck.css` applies them to
 * lists, tables, code and source notes; figures size their SVG text with `svgFontSize`.
 * `MINIMUM` is what the e2e legibility check holds every rendered text run to.
 */
export const TYPE = {
  /** Body text and lists: the theme's own size. */
  body: 17.6,
  /** Tables and secondary lists, text beside a large figure. */
  dense: 15,
  /** Captions and small labels in HTML. */
  caption: 14,
  /** Code blocks. */
  code: 13,
  /** Source footers. */
  source: 10,
  /** The references appendix. */
  reference: 11,
  /** SVG labels, as rendered on the canvas. */
  figure: 12,
} as const

export type TypeRole = keyof typeof TYPE

/** Rendered text categories of the legibility check, with their minimum size in canvas px. */
export const MINIMUM = {
  body: 14,
  figure: 11,
  code: 12,
  source: 9,
  reference: 10,
} as const

export type TextCategory = keyof typeof MINIMUM

/** Line heights that go with the sizes (unitless). */
export const LEADING = { body: 1.5, dense: 1.4, caption: 1.35, code: 1.45, source: 1.3, reference: 1.35, figure: 1.2 } as const satisfies Record<TypeRole, number>

/** `px` canvas px as rem (the canvas's root font size is 16 px). */
export function rem(px: number): string {
  return `${+(px / 16).toFixed(4)}rem`
}

/**
 * The SVG font-size (in viewBox units) that renders at `canvasPx` on the slide, for a figure
 * whose viewBox is `viewBoxWidth` wide and which is drawn `drawnWidth` canvas px wide.
 */
export function svgFontSize(canvasPx: number, viewBoxWidth: number, drawnWidth: number): number {
  return +(canvasPx * viewBoxWidth / drawnWidth).toFixed(2)
}

/** CSS declaring `--type-*` (sizes) and `--leading-*` variables on :root. */
export function typeCss(): string {
  const roles = Object.keys(TYPE) as TypeRole[]
  return `:root{${roles.map(r => `--type-${r}:${rem(TYPE[r])};--leading-${r}:${LEADING[r]};`).join('')}}`
}
