/**
 * The deck's one colour source. Every figure colours itself with `color('hbm')` (a CSS variable),
 * never a hex code; `uno.config.ts` turns this table into `--fig-*` variables for light and dark
 * mode and into `text-fig-*` / `bg-fig-*` utilities for slide markup.
 *
 * Each entry is a strong colour, used as it is for strokes and text accents and with a low
 * fill-opacity (see `TINT`) for box fills, so one value reads on white and on the dark background.
 */
export interface Swatch {
  light: string
  dark: string
}

export const palette = {
  // neutrals
  ink: { light: '#1f2933', dark: '#e4e7eb' },
  muted: { light: '#5f6b7a', dark: '#9aa5b1' },
  line: { light: '#8a96a3', dark: '#7b8794' },
  surface: { light: '#f5f7fa', dark: '#1e252d' },
  accent: { light: '#2b7a93', dark: '#5fc3d9' },
  focus: { light: '#d9480f', dark: '#ff922b' },
  // hardware
  host: { light: '#6b5b95', dark: '#b197fc' },
  cpu: { light: '#7048e8', dark: '#9775fa' },
  register: { light: '#c2255c', dark: '#f783ac' },
  sram: { light: '#e8590c', dark: '#ffa94d' },
  l2: { light: '#c08a00', dark: '#ffd43b' },
  hbm: { light: '#1971c2', dark: '#74c0fc' },
  link: { light: '#2f9e44', dark: '#8ce99a' },
  tensor: { light: '#5c940d', dark: '#a9e34b' },
  // phases and cache
  prefill: { light: '#e67700', dark: '#ffc078' },
  decode: { light: '#1c7ed6', dark: '#74c0fc' },
  idle: { light: '#adb5bd', dark: '#495057' },
  kv: { light: '#0c8599', dark: '#66d9e8' },
  kvShared: { light: '#9c36b5', dark: '#e599f7' },
  eos: { light: '#e03131', dark: '#ff8787' },
  // verdicts
  good: { light: '#2b8a3e', dark: '#69db7c' },
  bad: { light: '#c92a2a', dark: '#ff6b6b' },
  // categorical series (iterations, owners, workers)
  s0: { light: '#1c7ed6', dark: '#74c0fc' },
  s1: { light: '#e8590c', dark: '#ffa94d' },
  s2: { light: '#2f9e44', dark: '#8ce99a' },
  s3: { light: '#ae3ec9', dark: '#e599f7' },
  s4: { light: '#c08a00', dark: '#ffd43b' },
  s5: { light: '#0c8599', dark: '#66d9e8' },
} as const satisfies Record<string, Swatch>

export type Tone = keyof typeof palette

export const TONES = Object.keys(palette) as Tone[]

/** Categorical tones in order, for things coloured by index (sequence, iteration, worker). */
export const SERIES: readonly Tone[] = ['s0', 's1', 's2', 's3', 's4', 's5']

/** Fill opacity of a tinted box: light enough for text on top in both schemes. */
export const TINT = 0.16

/** The CSS variable of a tone: `color('hbm')` → `var(--fig-hbm)`. */
export function color(tone: Tone): string {
  return `var(--fig-${tone})`
}

/** The tone for the i-th item of a categorical series (wraps round). */
export function seriesTone(i: number): Tone {
  return SERIES[((i % SERIES.length) + SERIES.length) % SERIES.length]
}

/** CSS declaring every tone as a variable, light on :root and dark under html.dark. */
export function paletteCss(): string {
  const decl = (scheme: keyof Swatch) =>
    TONES.map(t => `--fig-${t}:${palette[t][scheme]};`).join('')
  return `:root{${decl('light')}}html.dark{${decl('dark')}}`
}
