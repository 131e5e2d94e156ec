// Generates public/favicon.png, the deck's tab icon: four rounded tiles (three blue, one orange) on
// a dark rounded square, drawn here with 8 x 8 samples a pixel and written as a PNG with no
// dependency: `node scripts/make-favicon.mjs`. Deterministic; tests/unit/favicon.test.ts checks
// that the committed file has exactly these pixels.
//
// A PNG, not an SVG: Chromium fetches and decodes the favicon again on every slide change (each
// is a same-document navigation), and an SVG icon is decoded into a document of its own each time,
// about 4.7 ms of the slide change's main thread on the bench machine against about 1 ms for this
// PNG. A build inlines it into index.html as a data: URL (lib/inline-favicon.ts), so that fetch
// never reaches the host.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { deflateSync } from 'node:zlib'

export const SIZE = 64
const SAMPLES = 8

/** The icon in its 64-unit square: rounded rectangles painted in order, [x, y, w, h, r, rgb, opacity]. */
export const SHAPES = [
  [0, 0, 64, 64, 14, [0x12, 0x38, 0x48], 1],
  [12, 12, 17, 17, 4, [0x6C, 0xC6, 0xFF], 1],
  [35, 12, 17, 17, 4, [0x6C, 0xC6, 0xFF], 0.6],
  [12, 35, 17, 17, 4, [0x6C, 0xC6, 0xFF], 0.6],
  [35, 35, 17, 17, 4, [0xFF, 0xB8, 0x6B], 1],
]

function inside([x, y, w, h, r], px, py) {
  if (px < x || py < y || px > x + w || py > y + h)
    return false
  const cx = Math.min(Math.max(px, x + r), x + w - r)
  const cy = Math.min(Math.max(py, y + r), y + h - r)
  return (px - cx) ** 2 + (py - cy) ** 2 <= r * r
}

/** RGBA pixels, row by row, `size` x `size`. */
export function faviconPixels(size = SIZE) {
  const out = new Uint8Array(size * size * 4)
  const unit = SIZE / size
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      // premultiplied colour and alpha, shapes painted over each other
      let [r, g, b, a] = [0, 0, 0, 0]
      for (const shape of SHAPES) {
        let hits = 0
        for (let sy = 0; sy < SAMPLES; sy++) {
          for (let sx = 0; sx < SAMPLES; sx++) {
            if (inside(shape, (i + (sx + 0.5) / SAMPLES) * unit, (j + (sy + 0.5) / SAMPLES) * unit))
              hits++
          }
        }
        const cover = (hits / SAMPLES ** 2) * shape[6]
        const [sr, sg, sb] = shape[5]
        r = sr * cover + r * (1 - cover)
        g = sg * cover + g * (1 - cover)
        b = sb * cover + b * (1 - cover)
        a = cover + a * (1 - cover)
      }
      const o = (j * size + i) * 4
      out.set(a ? [r / a, g / a, b / a, a * 255].map(Math.round) : [0, 0, 0, 0], o)
    }
  }
  return out
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++)
    c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(bytes) {
  let c = 0xFFFFFFFF
  for (const byte of bytes)
    c = CRC_TABLE[(c ^ byte) & 0xFF] ^ (c >>> 8)
  return (c ^ 0xFFFFFFFF) >>> 0
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const head = Buffer.alloc(4)
  head.writeUInt32BE(data.length)
  const tail = Buffer.alloc(4)
  tail.writeUInt32BE(crc32(body))
  return Buffer.concat([head, body, tail])
}

/** A PNG of 8-bit RGBA pixels (no filtering). */
export function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 6, 0, 0, 0], 8)
  const rows = Buffer.alloc(size * (size * 4 + 1))
  for (let j = 0; j < size; j++)
    rows.set(rgba.subarray(j * size * 4, (j + 1) * size * 4), j * (size * 4 + 1) + 1)
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  writeFileSync(new URL('../public/favicon.png', import.meta.url), encodePng(SIZE, faviconPixels()))
