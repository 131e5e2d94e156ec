/**
 * A step-by-step LLM serving scheduler over the paged block manager, in two policies:
 *
 * - 'prefill-first': vLLM V0's default. While requests wait and fit, a step runs only their
 *   prefills (whole prompts, FCFS, under `tokenBudget` = max_num_batched_tokens); otherwise a
 *   step runs one decode token for every running request. A step never mixes the two.
 * - 'chunked': vLLM V1's unified scheduler (chunked prefill as in Sarathi-Serve). Every step
 *   has one token budget: running requests first, in order (a decode is one token, a partly
 *   prefilled prompt gets its rest), then new prompts from `waiting`, each cut to the budget left.
 *
 * When blocks run out the lowest-priority running request (the last admitted) is preempted by
 * recomputation: its blocks are freed and it rejoins the front of `waiting`, to prefill its
 * prompt plus the tokens it has generated so far. Drawn by VllmSchedulerState (slides 16-18),
 * VllmContinuousBatching (slide 19) and VllmChunkedPrefill (slide 20).
 */
import { BlockManager } from './vllm-block-manager'

export type Policy = 'prefill-first' | 'chunked'

export interface Request {
  id: string
  /** Prompt tokens. */
  prompt: number
  /** Tokens to generate; the last one is the end of sequence. */
  output: number
  /** Step at which the request reaches `waiting` (default 0). */
  arrival?: number
}

export interface SchedulerConfig {
  policy: Policy
  /** Most tokens one step may process (max_num_batched_tokens). */
  tokenBudget: number
  /** Most requests running at once (max_num_seqs). */
  maxSeqs: number
  numBlocks: number
  blockSize: number
  /** Order the block pool hands out free blocks (see BlockManager). */
  blockOrder?: readonly number[]
}

/** What one request does in one step. */
export interface Work {
  id: string
  kind: 'prefill' | 'decode'
  tokens: number
  /** A prefill chunk that completes the prompt (and so samples the first token). */
  last?: boolean
}

export interface StepRecord {
  step: number
  work: Work[]
  /** Queues after this step's scheduling decision. */
  waiting: string[]
  running: string[]
  /** Block tables while the step runs (before finished requests are freed). */
  tables: Record<string, number[]>
  /** Tokens in each request's KV cache while the step runs. */
  lengths: Record<string, number>
  /** Requests that produced their end-of-sequence token in this step. */
  finished: string[]
  preempted: string[]
  freeBlocks: number
}

interface Live {
  req: Request
  /** Tokens to prefill: the prompt, plus generated tokens after a preemption. */
  prefillLen: number
  computed: number
  generated: number
}

export class Scheduler {
  readonly bm: BlockManager
  readonly waiting: Live[] = []
  readonly running: Live[] = []
  private preempted: string[] = []
  /** Running requests already given work this step: never chosen as victims. */
  private busy = new Set<Live>()

  constructor(readonly cfg: SchedulerConfig) {
    if (cfg.tokenBudget < cfg.maxSeqs)
      throw new Error('tokenBudget must cover one decode token per running request')
    this.bm = new BlockManager(cfg.numBlocks, cfg.blockSize, cfg.blockOrder)
  }

  add(req: Request): void {
    this.waiting.push({ req, prefillLen: req.prompt, computed: 0, generated: 0 })
  }

  // #region core
  /** V0: a step of prefills while prompts wait and fit, else a step of decodes. */
  schedulePrefillFirst(): Work[] {
    const work: Work[] = []
    let budget = this.cfg.tokenBudget
    while (this.canAdmit()) {
      const r = this.waiting[0]
      const n = r.prefillLen
      if (n > budget || !this.fits(r, n))
        break // FCFS: the head waits, so does everyone behind it
      this.admit(r, n)
      budget -= this.take(work, r, n)
    }
    if (work.length > 0)
      return work // this step holds prefills only
    for (const r of [...this.running]) { // decode: one token each
      if (this.running.includes(r) && this.reserve(r, 1))
        this.take(work, r, 1)
    }
    return work
  }
  // #endregion core

  // #region chunked
  /** V1: one token budget; running requests first, then waiting. */
  scheduleChunked(): Work[] {
    const work: Work[] = []
    let budget = this.cfg.tokenBudget
    for (const r of [...this.running]) {
      const n = Math.min(this.todo(r), budget) // decode: 1 token
      if (n > 0 && this.running.includes(r) && this.reserve(r, n))
        budget -= this.take(work, r, n)
    }
    while (budget > 0 && this.canAdmit()) {
      const r = this.waiting[0]
      const n = Math.min(r.prefillLen, budget) // maybe a chunk
      if (!this.fits(r, n))
        break // FCFS: the head waits, so does everyone behind it
      this.admit(r, n)
      budget -= this.take(work, r, n)
    }
    return work
  }
  // #endregion chunked

  /** Tokens `r` still has to compute: the rest of its prompt, or one decode token. */
  private todo(r: Live): number {
    return r.computed < r.prefillLen ? r.prefillLen - r.computed : 1
  }

  /** A waiting request may join `running`. */
  private canAdmit(): boolean {
    return this.waiting.length > 0 && this.running.length < this.cfg.maxSeqs
  }

  /** Move the head of `waiting` to `running`, with blocks for its first `tokens`. */
  private admit(r: Live, tokens: number): void {
    this.waiting.shift()
    this.running.push(r)
    this.bm.appendTokens(r.req.id, tokens)
  }

  /** Record `tokens` of work for `r` this step; returns `tokens`. */
  private take(work: Work[], r: Live, tokens: number): number {
    const prefill = r.computed < r.prefillLen
    work.push(prefill
      ? { id: r.req.id, kind: 'prefill', tokens, last: r.computed + tokens === r.prefillLen }
      : { id: r.req.id, kind: 'decode', tokens })
    return tokens
  }

  /** One step: schedule, "run the model", then retire finished requests and free their blocks. */
  step(index: number): StepRecord {
    this.preempted = []
    this.busy.clear()
    const work = this.cfg.policy === 'prefill-first' ? this.schedulePrefillFirst() : this.scheduleChunked()
    const tables = Object.fromEntries([...this.bm.tables].map(([s, t]) => [s, [...t]]))
    const lengths = Object.fromEntries(this.bm.lengths)
    const queues = { waiting: this.waiting.map(r => r.req.id), running: this.running.map(r => r.req.id) }
    const finished: string[] = []
    for (const w of work) {
      const r = this.running.find(x => x.req.id === w.id)!
      if (w.kind === 'prefill') {
        r.computed += w.tokens
        if (r.computed === r.prefillLen)
          r.generated += 1 // the prefill's last position samples a token
      }
      else {
        r.generated += 1
      }
      if (r.generated >= r.req.output) {
        finished.push(r.req.id)
        this.bm.release(r.req.id)
        this.running.splice(this.running.indexOf(r), 1)
      }
    }
    return { step: index, work, ...queues, tables, lengths, finished, preempted: this.preempted, freeBlocks: this.bm.numFree }
  }

  /** Could `r` store `tokens` more tokens without preempting anyone? */
  private fits(r: Live, tokens: number): boolean {
    return this.bm.blocksNeeded(r.req.id, tokens) <= this.bm.numFree
  }

  /** Make room for `tokens` more tokens of running `r`, preempting from the back; false if `r` itself went. */
  private reserve(r: Live, tokens: number): boolean {
    while (!this.fits(r, tokens)) {
      const victim = [...this.running].reverse().find(v => v !== r && !this.busy.has(v)) ?? r
      this.preempt(victim)
      if (victim === r)
        return false
    }
    this.bm.appendTokens(r.req.id, tokens)
    this.busy.add(r)
    return true
  }

  /** Preemption by recomputation: free the blocks, prefill prompt + generated tokens again later. */
  private preempt(r: Live): void {
    this.bm.release(r.req.id)
    this.running.splice(this.running.indexOf(r), 1)
    r.prefillLen = r.req.prompt + r.generated
    r.computed = 0
    this.waiting.unshift(r)
    this.preempted.push(r.req.id)
  }
}

/** Run `requests` to completion; requests join `waiting` at their arrival step. */
export function simulate(requests: readonly Request[], cfg: SchedulerConfig, maxSteps = 10_000): StepRecord[] {
  for (const r of requests) {
    if (Math.ceil((r.prompt + r.output) / cfg.blockSize) > cfg.numBlocks)
      throw new Error(`${r.id} can never fit in ${cfg.numBlocks} blocks`)
    if (cfg.policy === 'prefill-first' && r.prompt + r.output > cfg.tokenBudget)
      throw new Error(`${r.id}: prefill-first needs tokenBudget >= prompt + output`)
  }
  const s = new Scheduler(cfg)
  const pending = [...requests].sort((a, b) => (a.arrival ?? 0) - (b.arrival ?? 0))
  const records: StepRecord[] = []
  let done = 0
  for (let i = 0; done < requests.length; i++) {
    if (i >= maxSteps)
      throw new Error('did not finish')
    while (pending.length > 0 && (pending[0].arrival ?? 0) <= i) s.add(pending.shift()!)
    const rec = s.step(i)
    done += rec.finished.length
    records.push(rec)
  }
  return records
}
