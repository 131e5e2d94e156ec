import { PLAN, chapterOf } from './talk-plan.ts'

/**
 * The font group of the characters a slide (1-based) shows first (lib/deck-fonts.ts cuts one
 * Noto Sans SC file per weight and group): 1 + its chapter's index in the talk plan, or the
 * appendix's after the last chapter. Group 0 is the opening slides' own characters.
 */
export function fontGroupOf(no: number): number {
  const chapter = chapterOf(no)
  return 1 + (chapter ? PLAN.indexOf(chapter) : PLAN.length)
}
