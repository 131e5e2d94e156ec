import { readFileSync } from 'node:fs'
import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { SIZE, encodePng, faviconPixels } from '../../scripts/make-favicon.mjs'

/** Width, height and RGBA pixels of a non-interlaced 8-bit RGBA PNG whose rows use no filter. */
function decode(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
  const idat: Buffer[] = []
  let w = 0
  let h = 0
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at)
    const type = png.toString('ascii', at + 4, at + 8)
    const data = png.subarray(at + 8, at + 8 + len)
    if (type === 'IHDR') {
      w = data.readUInt32BE(0)
      h = data.readUInt32BE(4)
      expect([...data.subarray(8, 13)]).toEqual([8, 6, 0, 0, 0])
    }
    if (type === 'IDAT')
      idat.push(data)
    at += 12 + len
  }
  const rows = inflateSync(Buffer.concat(idat))
  const rgba = Buffer.alloc(w * h * 4)
  for (let j = 0; j < h; j++) {
    expect(rows[j * (w * 4 + 1)]).toBe(0)
    rows.copy(rgba, j * w * 4, j * (w * 4 + 1) + 1, (j + 1) * (w * 4 + 1))
  }
  return { w, h, rgba }
}

describe('the favicon (scripts/make-favicon.mjs)', () => {
  const file = readFileSync(new URL('../../public/favicon.png', import.meta.url))

  it('is the PNG the script draws, pixel for pixel', () => {
    const { w, h, rgba } = decode(file)
    expect([w, h]).toEqual([SIZE, SIZE])
    expect(Buffer.from(faviconPixels()).equals(rgba)).toBe(true)
  })

  it('draws its tiles: dark ground, blue top-left tile, orange bottom-right tile, clear corners', () => {
    const px = faviconPixels()
    const at = (x: number, y: number) => [...px.subarray((y * SIZE + x) * 4, (y * SIZE + x) * 4 + 4)]
    expect(at(0, 0)[3]).toBe(0)
    expect(at(32, 5)).toEqual([0x12, 0x38, 0x48, 255])
    expect(at(20, 20)).toEqual([0x6C, 0xC6, 0xFF, 255])
    expect(at(43, 43)).toEqual([0xFF, 0xB8, 0x6B, 255])
    // the two half-transparent tiles blend blue into the ground
    const [r, g, b] = at(43, 20)
    expect(r).toBeGreaterThan(0x12)
    expect(r).toBeLessThan(0x6C)
    expect(g).toBeGreaterThan(0x38)
    expect(b).toBeGreaterThan(0x48)
  })

  it('round-trips through the encoder', () => {
    const px = faviconPixels(16)
    expect(Buffer.from(px).equals(decode(encodePng(16, px)).rgba)).toBe(true)
  })
})
