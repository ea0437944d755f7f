/**
 * Set-up for the browser project (src/**\/*.browser.test.ts): the content
 * layer's modules import `browser` from src/shared/browser.ts, and
 * webextension-polyfill refuses to load outside an extension. These tests run
 * in a plain page, so the page gets the one API the content layer reads
 * synchronously, `i18n.getMessage`, answered from the real English messages.
 * Anything else the content layer asks of the extension is passed in by the
 * test (PageController's `data`), as the content entry passes it in.
 */
import messages from '../../src/static/_locales/en/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

function getMessage(key: string, substitutions: string[] = []): string {
  const entry = (messages as Messages)[key];
  if (!entry) return '';
  const placeholders = entry.placeholders ?? {};
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = placeholders[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? '');
  });
}

const page = globalThis as unknown as { chrome?: Record<string, unknown> };
page.chrome = { ...page.chrome, runtime: { id: 'geolens-browser-tests' }, i18n: { getMessage } };
