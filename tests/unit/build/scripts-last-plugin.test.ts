import { describe, expect, it } from 'vitest';
import { scriptsLastPlugin } from '../../../src/build/scripts-last-plugin';

function transform(html: string): string {
  const hook = scriptsLastPlugin().transformIndexHtml as { handler: (html: string) => string };
  return hook.handler(html);
}

const page = `<!doctype html>
<html>
  <head>
    <title>Geolens</title>
    <script type="module" crossorigin src="/assets/main.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/chunk.js">
    <link rel="stylesheet" crossorigin href="/assets/page.css">
  </head>
  <body>
    <div id="app"><h1>Geolens</h1></div>
  </body>
</html>`;

describe('scriptsLastPlugin', () => {
  it('moves module scripts and their preloads from the head to the end of the body, in order', () => {
    const out = transform(page);
    const head = out.slice(0, out.indexOf('</head>'));
    expect(head).not.toContain('<script');
    expect(head).not.toContain('modulepreload');
    expect(head).toContain('rel="stylesheet"');
    const body = out.slice(out.indexOf('<body>'));
    expect(body.indexOf('id="app"')).toBeLessThan(body.indexOf('src="/assets/main.js"'));
    expect(body.indexOf('src="/assets/main.js"')).toBeLessThan(body.indexOf('href="/assets/chunk.js"'));
    expect(body.indexOf('href="/assets/chunk.js"')).toBeLessThan(body.indexOf('</body>'));
  });

  it('leaves a page without module scripts unchanged', () => {
    const plain = '<html><head><title>x</title></head><body><p>x</p></body></html>';
    expect(transform(plain)).toBe(plain);
  });
});
