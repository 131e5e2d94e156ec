import { describe, expect, it } from 'vitest'
import { FORMATS, LLAMA2_7B, RECIPES, SUPPORTED, kvBytesPerToken, parameterCount, quantTable, weightBytes, weightBytesKeeping16 } from '../../snippets/trt-quant'

describe('bytes per parameter and per KV token (Llama-2-7B)', () => {
  it('counts the 6.74 B parameters the model card reports', () => {
    // 2·32000·4096 embeddings + LM head, 32 × (4·4096² + 3·4096·11008 + 2·4096), final norm
    expect(parameterCount(LLAMA2_7B)).toBe(6_738_415_616)
  })

  it('gives 512 KiB of KV cache per token at FP16, as facts.md §12 computes', () => {
    expect(kvBytesPerToken(LLAMA2_7B, FORMATS[0])).toBe(524_288)
    expect(kvBytesPerToken(LLAMA2_7B, FORMATS[0]) * 4096).toBe(2 * 2 ** 30)
  })

  it('halves weights and KV cache with each step FP16 → FP8 → INT4', () => {
    const [fp16, fp8, int4] = FORMATS
    expect(kvBytesPerToken(LLAMA2_7B, fp8)).toBe(kvBytesPerToken(LLAMA2_7B, fp16) / 2)
    expect(kvBytesPerToken(LLAMA2_7B, int4)).toBe(kvBytesPerToken(LLAMA2_7B, fp16) / 4)
    expect(weightBytes(LLAMA2_7B, int4)).toBe(weightBytes(LLAMA2_7B, fp16) / 4)
  })

  it('counts GQA heads: Llama-3-8B\'s 8 KV heads give 128 KiB per token, 4x less than Llama-2-7B', () => {
    const llama3 = { ...LLAMA2_7B, name: 'Llama-3-8B', vocab: 128256, intermediate: 14336, kvHeads: 8 }
    expect(kvBytesPerToken(llama3, FORMATS[0])).toBe(131_072)
    expect(kvBytesPerToken(LLAMA2_7B, FORMATS[0]) / kvBytesPerToken(llama3, FORMATS[0])).toBe(4)
  })
})

describe('the slide\'s recipes', () => {
  it('only combine formats TensorRT-LLM documents today: no INT4 KV cache', () => {
    for (const r of RECIPES) {
      expect(SUPPORTED.weights).toContain(r.weights.name)
      expect(SUPPORTED.kv).toContain(r.kv.name)
    }
    expect(SUPPORTED.kv).not.toContain('INT4')
  })

  it('fits 30, 68 and 71 4k-token requests beside the weights on 80 GB', () => {
    const rows = quantTable()
    expect(rows.map(r => [r.weights, r.kv])).toEqual([['FP16', 'FP16'], ['FP8', 'FP8'], ['INT4', 'FP8']])
    expect(rows[0].weightGiB).toBeCloseTo(12.55, 2)
    expect(rows[2].weightGiB).toBeCloseTo(3.14, 2)
    expect(rows.map(r => r.kvKiBPerToken)).toEqual([512, 256, 256])
    // (80e9 − 13.48e9) / 2 GiB = 30.98; (80e9 − 6.74e9) / 1 GiB = 68.2; (80e9 − 3.37e9) / 1 GiB = 71.4
    expect(rows.map(r => r.requestsOn80GB)).toEqual([30, 68, 71])
  })

  it('gains most from the KV cache: INT4 weights beside FP8 KV add only 3 requests over FP8 weights', () => {
    const [fp16, fp8, w4] = quantTable()
    expect(fp8.requestsOn80GB).toBeGreaterThan(2 * fp16.requestsOn80GB)
    expect(w4.requestsOn80GB - fp8.requestsOn80GB).toBe(3)
    for (const r of quantTable())
      expect(r.weightGiB * 2 ** 30 + r.requestsOn80GB * r.kvGiBPer4k * 2 ** 30).toBeLessThanOrEqual(80e9)
  })

  it('loses one FP8 request when the embeddings and LM head stay 16-bit, none with INT4 weights', () => {
    // 2·32000·4096 = 262 M parameters kept at 2 bytes: +262 MB for FP8, +393 MB for INT4
    expect(weightBytesKeeping16(LLAMA2_7B, FORMATS[1]) - weightBytes(LLAMA2_7B, FORMATS[1])).toBe(262_144_000)
    expect(weightBytesKeeping16(LLAMA2_7B, FORMATS[0])).toBe(weightBytes(LLAMA2_7B, FORMATS[0]))
    expect(quantTable().map(r => r.requestsKeeping16)).toEqual([30, 67, 71])
  })
})
