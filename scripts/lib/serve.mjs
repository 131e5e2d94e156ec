// A tiny static server for a built deck under a sub-path, with the SPA fallback a host gives:
// /<base>/<file> serves the file, any other /<base>/... path serves index.html (deep links),
// anything outside the base is a 404. Binds 127.0.0.1 on a free port.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import { extname, join, normalize } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * @param {string} dir  the built site (dist)
 * @param {string} base the sub-path it was built for, starting and ending with '/'
 * @returns {Promise<{ origin: string, url: string, close: () => Promise<void>, bytesSent: () => number }>}
 */
export function serveDist(dir, base = '/') {
  let sent = 0
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (!path.startsWith(base)) {
      res.writeHead(404).end('outside base')
      return
    }
    const rel = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '')
    let file = join(dir, rel)
    if (!existsSync(file) || statSync(file).isDirectory())
      file = join(dir, 'index.html')
    const size = statSync(file).size
    sent += size
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': size,
    })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
      const origin = `http://127.0.0.1:${port}`
      resolve({
        origin,
        url: origin + base,
        bytesSent: () => sent,
        close: () => new Promise(r => server.close(() => r())),
      })
    })
  })
}
