import { readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { Dataset } from '../../src/model/dataset';
import { DIST, ROOT } from './harness';
import { savedPagesDir } from './saved-pages';

const FIXTURES = join(ROOT, 'tests/e2e/fixtures');
/** Real saved pages: ../shared/pages beside the project (CI has them too), or GEOLENS_PAGES. Never copied into the repo. */
export const SHARED_PAGES = savedPagesDir(ROOT);
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A seed document rendered as a plain news-article page: the headline in the article's own header, as news sites write it. */
export function renderSeedArticle(dataset: Dataset, documentId: string): string | undefined {
  const doc = dataset.documents.find((d) => d.id === documentId);
  if (!doc) return undefined;
  const paragraphs = doc.text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title>
<style>body{font:18px/1.6 Georgia,serif;max-width:42rem;margin:2rem auto;padding:0 1rem;color:#222}
header{border-bottom:1px solid #ddd;margin-bottom:1rem} .pub{color:#666;font:14px sans-serif}
@media (prefers-color-scheme: dark){body{background:#121417;color:#e6e6e6} header{border-color:#333} .pub{color:#9aa}}</style></head>
<body><nav class="site-nav"><a href="/">Home</a> · <a href="/world">World</a></nav>
<article><header><div class="pub">${escapeHtml(doc.publication)} · ${escapeHtml(doc.date)}</div>
<h1>${escapeHtml(doc.title)}</h1></header>${paragraphs}</article></body></html>`;
}

export interface FixtureServer {
  origin: string;
  /** Serve extra pages from memory for the test at hand. */
  setPage(path: string, html: string): void;
  close(): Promise<void>;
}

/**
 * Serves `tests/e2e/fixtures`, in-memory pages, and the seed articles at
 * `/seed/<document id>`, on 127.0.0.1 only.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const inMemory = pages.get(path);
    if (inMemory !== undefined) return send(200, TYPES['.html']!, inMemory);
    if (path.startsWith('/shared-pages/')) {
      const file = normalize(join(SHARED_PAGES, path.slice('/shared-pages/'.length)));
      if (!file.startsWith(SHARED_PAGES) || !existsSync(file)) return send(404, 'text/plain', 'not found');
      // Kept as saved, but with their scripts switched off by CSP: the markup is the publisher's,
      // and no saved script can run half-broken against a network it cannot reach.
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'content-security-policy': "script-src 'none'" });
      return res.end(readFileSync(file));
    }
    if (path.startsWith('/seed/')) {
      const dataset = JSON.parse(readFileSync(join(DIST, 'dataset.json'), 'utf8')) as Dataset;
      const html = renderSeedArticle(dataset, path.slice('/seed/'.length));
      return html ? send(200, TYPES['.html']!, html) : send(404, 'text/plain', 'no such seed');
    }
    // Fixture pages may use real libraries from node_modules (e.g. Preact for a client-rendered app).
    const base = path.startsWith('/vendor/') ? join(ROOT, 'node_modules') : FIXTURES;
    const file = normalize(join(base, path.replace(/^\/vendor\//, '/')));
    if (!file.startsWith(base) || !existsSync(file)) return send(404, 'text/plain', 'not found');
    send(200, TYPES[extname(file)] ?? 'application/octet-stream', readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    setPage: (path, html) => void pages.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
