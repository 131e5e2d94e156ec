/**
 * Mooncake's prefix-hashed KV blocks (FAST'25 §3, Fig. 3): the prompt is cut into fixed-size token
 * blocks and each block is keyed by a hash of its own tokens chained onto the key of the block
 * before it (A = H(a), B = H(A + b), ...). Equal keys therefore mean equal prefixes, and finding
 * reusable KV cache is a walk from the first block until the first key the pool does not hold.
 * FNV-1a stands in for the real hash; Mooncake Store uses 256-token blocks, the slide 3-token ones.
 */
export type Token = string

/** FNV-1a, 32 bit, as 8 hex digits. Any hash works; the chaining is the point. */
export function fnv1a(text: string): string {
  let h = 0x811C9DC5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

/** Full blocks of `size` tokens; a shorter tail is not cached (its KV stays with the request). */
export function toBlocks(tokens: readonly Token[], size: number): Token[][] {
  const blocks: Token[][] = []
  for (let i = 0; i + size <= tokens.length; i += size)
    blocks.push(tokens.slice(i, i + size))
  return blocks
}

// #region core
/** Chained prefix hash: a block's key covers its tokens and, through `prev`, every block before. */
export function prefixHashes(tokens: readonly Token[], blockSize: number): string[] {
  const keys: string[] = []
  let prev = ''
  for (const block of toBlocks(tokens, blockSize)) {
    prev = fnv1a(prev + JSON.stringify(block)) // B = H(A + b)
    keys.push(prev)
  }
  return keys
}

/** Leading blocks whose KV cache the pool already holds: stop at the first miss. */
export function matchPrefix(pool: ReadonlySet<string>, keys: readonly string[]): number {
  let n = 0
  while (n < keys.length && pool.has(keys[n]))
    n++
  return n
}

/** What one request costs: reuse the matched blocks, prefill (and store) the rest. */
export function planPrefill(pool: ReadonlySet<string>, tokens: readonly Token[], blockSize: number) {
  const keys = prefixHashes(tokens, blockSize)
  const reused = matchPrefix(pool, keys)
  return { keys, reused, incremental: keys.slice(reused), computeTokens: tokens.length - reused * blockSize }
}
// #endregion core

/** A prompt as the slide shows it: tokens separated by spaces. */
export const tokenize = (text: string): Token[] => text.split(' ').filter(t => t.length > 0)

/** The slide's example: an earlier request left its blocks in the pool; a new one shares its first five. */
export const BLOCK_SIZE = 3
export const SHARED_PREFIX = '你 是 Kimi ， 请 阅读 这篇 论文 ： 它 讲 PD 分离 的 设计'
export const CACHED_REQUEST = `${SHARED_PREFIX} 。 请 总结 它 的 三个 贡献 。`
export const NEW_REQUEST = `${SHARED_PREFIX} 。 问题 ： 它 如何 调度 每个 请求 ？ 请 简答 。`

/** The pool after the earlier request, and the new request's plan against it. */
export function examplePlan() {
  const pool = new Set(prefixHashes(tokenize(CACHED_REQUEST), BLOCK_SIZE))
  const tokens = tokenize(NEW_REQUEST)
  return { pool, tokens, blocks: toBlocks(tokens, BLOCK_SIZE), ...planPrefill(pool, tokens, BLOCK_SIZE) }
}
