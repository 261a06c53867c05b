/**
 * A tiny static server for a built dist/ on 127.0.0.1 that counts the bytes it puts on the
 * wire for every request (headers + body, from the socket), so a search's transfer is measured
 * at the source, including requests a Web Worker makes. Text types are gzipped when the client
 * asks, as any static host does; Pagefind's own index files are already compressed.
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt']);

/** One response as it went over the wire. */
export interface ServedRequest {
  path: string;
  status: number;
  /** Body bytes as sent (compressed when gzip applied). */
  bodyBytes: number;
  /** Everything the socket carried for this response: status line, headers and body. */
  wireBytes: number;
  gzip: boolean;
}

export interface CountingServer {
  origin: string;
  /** Every response so far, in order of completion. */
  served: ServedRequest[];
  /** Requests received whose response has not finished yet. */
  inFlight: () => number;
  close: () => Promise<void>;
}

/** Serves `root` on 127.0.0.1 (a free port) until `close()`. */
export async function serveDist(root: string, options: { gzip: boolean }): Promise<CountingServer> {
  const served: ServedRequest[] = [];
  let inFlight = 0;
  const server: Server = createServer(async (request, response) => {
    inFlight++;
    const socket: Socket = response.socket!;
    const bytesBefore = socket.bytesWritten;
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    let status = 200;
    let body: Buffer;
    let gzipped = false;
    try {
      let file = normalize(join(root, path));
      if (!file.startsWith(normalize(root))) throw new Error('outside root');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      body = await readFile(file);
      const type = extname(file);
      response.setHeader('Content-Type', CONTENT_TYPES[type] ?? 'application/octet-stream');
      response.setHeader('Cache-Control', 'public, max-age=3600');
      if (options.gzip && COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
        body = gzipSync(body);
        gzipped = true;
        response.setHeader('Content-Encoding', 'gzip');
        response.setHeader('Vary', 'Accept-Encoding');
      }
    } catch {
      status = 404;
      body = Buffer.from('not found');
      response.setHeader('Content-Type', 'text/plain');
    }
    response.statusCode = status;
    response.setHeader('Content-Length', body.length);
    response.on('finish', () => {
      served.push({ path, status, bodyBytes: body.length, wireBytes: socket.bytesWritten - bytesBefore, gzip: gzipped });
      inFlight--;
    });
    response.end(body);
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    served,
    inFlight: () => inFlight,
    close: () =>
      new Promise<void>((closed) => {
        server.closeAllConnections();
        server.close(() => closed());
      }),
  };
}
