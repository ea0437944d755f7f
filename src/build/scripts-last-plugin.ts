/**
 * Moves the module scripts (and their preloads) Vite puts in an extension
 * page's <head> to the end of its <body>.
 *
 * Module scripts never block parsing, but Chromium showed the popup's first
 * frame only after they had run. At the end of the body the static first
 * frame in the HTML is painted first, and sooner (the A/B is in
 * docs/perf-log.md, "Numbers moved out of the code"). The preload scanner
 * still fetches them as early.
 */
import type { Plugin } from 'vite';

const SCRIPT_OR_PRELOAD = /[ \t]*<(?:script type="module"[^>]*><\/script>|link rel="modulepreload"[^>]*>)\n?/g;

export function scriptsLastPlugin(): Plugin {
  return {
    name: 'geolens-scripts-last',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const head = html.slice(0, html.indexOf('</head>'));
        const moved = head.match(SCRIPT_OR_PRELOAD);
        if (!moved || !html.includes('</body>')) return html;
        const rest = html.slice(head.length);
        const tags = moved.map((tag) => `    ${tag.trim()}\n`).join('');
        return head.replace(SCRIPT_OR_PRELOAD, '') + rest.replace(/[ \t]*<\/body>/, `${tags}  </body>`);
      },
    },
  };
}
