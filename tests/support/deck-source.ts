import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { load } from '@slidev/parser/fs'

/** The project root (two levels above this file). */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** The talk as Slidev parses it: every slide with its merged frontmatter, title and note. */
export async function loadDeck() {
  return load({ roots: [ROOT], userRoot: ROOT }, join(ROOT, 'slides.md'))
}

export type DeckSlide = Awaited<ReturnType<typeof loadDeck>>['slides'][number]

/** Chapter aliases and the slide number (1-based) each must land on, in the seed's order. */
export const CHAPTERS = {
  sre: 4,
  gpu: 7,
  menu: 12,
  vllm: 13,
  trtllm: 23,
  flashattention: 32,
  pd: 44,
  summary: 56,
} as const

/** Slides of the talk proper: everything up to and including the thanks slide. */
export const TALK_LENGTH = 57

/** Slides after the thanks slide: the references appendix (outside the agenda). */
export const APPENDIX_LENGTH = 5

/**
 * The click index a note's markers end on: `[click]` advances by one, `[click:n]` jumps to n.
 * A slide with N clicks should end on N.
 */
export function noteClicks(note: string | undefined): number {
  let at = 0
  for (const m of (note ?? '').matchAll(/\[click(?::(\d+))?\]/g))
    at = m[1] === undefined ? at + 1 : Number(m[1])
  return at
}

/** Every file under `dir` (relative to the root) whose name matches `pattern`. */
export function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory())
        walk(p)
      else if (pattern.test(e.name))
        out.push(relative(ROOT, p))
    }
  }
  walk(join(ROOT, dir))
  return out.sort()
}

export function read(rel: string): string {
  return readFileSync(join(ROOT, rel), 'utf8')
}
