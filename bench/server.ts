/**
 * The bench's pages over HTTP, on 127.0.0.1 only: pages held in memory, and
 * `/hold/<ms>.gif`, a pixel the server answers only after <ms>, so that a
 * page that shows it gets its load event that late. Real saved pages are
 * served with their scripts switched off by CSP, as the end-to-end fixture
 * server does: the markup is the publisher's, and no saved script could run
 * against a network it cannot reach.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const PIXEL = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');

export interface BenchServer {
  origin: string;
  setPage(path: string, html: string, options?: { scripts?: boolean }): void;
  close(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  const pages = new Map<string, { html: string; scripts: boolean }>();
  const held = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const hold = /^\/hold\/(\d+)\.gif$/.exec(path);
    if (hold) {
      const timer = setTimeout(() => {
        held.delete(timer);
        res.writeHead(200, { 'content-type': 'image/gif', 'cache-control': 'no-store' });
        res.end(PIXEL);
      }, Number(hold[1]));
      held.add(timer);
      return;
    }
    const page = pages.get(path);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      return res.end('not found');
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      ...(page.scripts ? {} : { 'content-security-policy': "script-src 'none'" }),
    });
    res.end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setPage: (path, html, { scripts = true } = {}) => void pages.set(path, { html, scripts }),
    close: () => {
      for (const timer of held) clearTimeout(timer);
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
