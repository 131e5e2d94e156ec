/**
 * The talk plan: how the 90 minutes of the talk are shared between its chapters, and how long a
 * slide's notes take to say. The headmatter's `duration` (Slidev's presenter timer) is the plan's
 * total; `tests/unit/pacing.test.ts` holds every slide and chapter to it, and the notes handout
 * (`npm run export:notes`) prints each chapter's share.
 */
export interface ChapterPlan {
  /** Chapter title as the handout prints it. */
  title: string
  /** First and last slide (1-based, inclusive). */
  from: number
  to: number
  /** Minutes the chapter may take. */
  minutes: number
}

export const PLAN: readonly ChapterPlan[] = [
  { title: '开场与目录', from: 1, to: 3, minutes: 2 },
  { title: 'SRE 基础', from: 4, to: 6, minutes: 5 },
  { title: 'GPU 基础', from: 7, to: 12, minutes: 13 },
  { title: 'vLLM', from: 13, to: 22, minutes: 17 },
  { title: 'TensorRT-LLM', from: 23, to: 31, minutes: 11 },
  { title: 'FlashAttention', from: 32, to: 43, minutes: 19 },
  { title: 'PD 分离与 Mooncake', from: 44, to: 55, minutes: 20 },
  { title: '总结与致谢', from: 56, to: 57, minutes: 3 },
]

/** The whole talk, in minutes: the headmatter's `duration`. */
export const TALK_MINUTES = PLAN.reduce((sum, c) => sum + c.minutes, 0)

/** No slide's notes should take longer than this to say. */
export const SLIDE_MAX_MINUTES = 3

/** Speaking rates: Chinese characters and Latin words or numbers per minute. */
export const RATE = { han: 250, latin: 130 } as const

/**
 * Minutes it takes to say a note: its Chinese characters at 250 a minute plus its Latin words
 * and numbers (`KV`, `Cache`, `1,555`, `0.3`) at 130 a minute; `[click]` markers are not said.
 */
export function speakingMinutes(note: string | undefined): number {
  const text = (note ?? '').replace(/\[click(?::\d+)?\]/g, ' ')
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0
  const latin = text.match(/[A-Za-z0-9][\w.,'%/+-]*/g)?.length ?? 0
  return han / RATE.han + latin / RATE.latin
}

/** The chapter a slide (1-based) belongs to. */
export function chapterOf(no: number): ChapterPlan | undefined {
  return PLAN.find(c => no >= c.from && no <= c.to)
}
