#!/usr/bin/env node
// Reduces the four measured JSON files to what the slides draw: every field but the raw samples
// (and the min / max / count that only describe them), provenance kept whole. The deck's client
// bundle imports only the summary; the full files stay for the tests and for reproduction.
//
//   node bench/gpu/summarise.mjs [DIR]     # DIR defaults to data/measured; writes DIR/summary.json
//
// tests/unit/measured.test.ts checks that the committed summary equals summarise() of the full files.
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The summary's keys and the file each one summarises. */
export const SOURCES = {
  balance: 'machine_balance.json',
  attention: 'attention.json',
  decode: 'decode.json',
  prefill: 'prefill.json',
}

/** Keys that hold or only describe raw samples. */
const DROPPED = /(^|_)samples_ms$|^(min_ms|max_ms|n_samples)$/

function strip(value) {
  if (Array.isArray(value)) return value.map(strip)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k]) => !DROPPED.test(k)).map(([k, v]) => [k, strip(v)]))
  }
  return value
}

/** The summary of full measured files (keyed as SOURCES): the same shapes with the samples left out. */
export function summarise(full) {
  return Object.fromEntries(Object.keys(SOURCES).map(key => [key, strip(full[key])]))
}

export function readFull(dir) {
  return Object.fromEntries(Object.entries(SOURCES).map(([key, name]) => [key, JSON.parse(readFileSync(join(dir, name), 'utf8'))]))
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? fileURLToPath(new URL('../../data/measured', import.meta.url))
  const out = join(dir, 'summary.json')
  writeFileSync(out, `${JSON.stringify(summarise(readFull(dir)), null, 1)}\n`)
  console.log(`wrote ${out}`)
}
