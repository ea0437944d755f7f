import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardCodedText } from './hard-coded-text';

const ROOT = join(import.meta.dirname, '../../..');
const messages = JSON.parse(readFileSync(join(ROOT, 'src/static/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, unknown> }
>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    // Tests beside the code (src/**/*.browser.test.ts) are not UI code: their page text is fixture.
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const files = sourceFiles(join(ROOT, 'src'));
const used = new Map<string, string>();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)) used.set(match[1]!, file);
  for (const match of text.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.set(match[1]!, file);
}
const manifest = readFileSync(join(ROOT, 'manifest/manifest.config.ts'), 'utf8');
for (const match of manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)) used.set(match[1]!, 'manifest');

describe('i18n', () => {
  it('finds the keys UI code uses', () => {
    expect(used.size).toBeGreaterThan(10);
  });

  it.each([...used])('has a message for "%s"', (key) => {
    expect(messages[key], `${key} (used in ${used.get(key)})`).toBeDefined();
    expect(messages[key]!.message.length).toBeGreaterThan(0);
  });

  it('declares a placeholder for every $NAME$ in a message', () => {
    for (const [key, { message, placeholders }] of Object.entries(messages)) {
      for (const [, name] of message.matchAll(/\$([A-Z_]+)\$/g)) {
        expect(placeholders?.[name!.toLowerCase()], `${key}: $${name}$`).toBeDefined();
      }
    }
  });
});

/** Every folder with code that puts text in front of people (src/build, src/dataset and src/matcher speak to developers). */
const CHECKED_FOLDERS = ['src/background', 'src/content', 'src/options', 'src/popup', 'src/search', 'src/settings', 'src/shared', 'src/ui', 'src/viewer'];

describe('no hard-coded English in UI code', () => {
  it('catches what it is meant to catch', () => {
    const code = `
      const a = <p>Loading</p>;
      const b = <button aria-label="Close" title={'Close the card'}>×</button>;
      const c = <input placeholder={\`Search \${n} facts\`} />;
      const d = <span>{'Nothing here'}</span>;
      el.setAttribute('aria-label', 'Close');
      el.textContent = 'Done';
      const ok = <p class="muted" data-testid="summary" aria-hidden="true">{t('popupSettings')} · {count}</p>;
    `;
    expect(hardCodedText('example.tsx', code).map((offence) => offence.text)).toEqual([
      'Loading',
      'Close',
      'Close the card',
      'Search … facts',
      'Nothing here',
      'Close',
      'Done',
    ]);
  });

  it.each(CHECKED_FOLDERS)('in %s, every user-facing string comes from t()', (folder) => {
    const offences = sourceFiles(join(ROOT, folder)).flatMap((file) => hardCodedText(file, readFileSync(file, 'utf8')));
    expect(offences.map(({ file, line, text }) => `${file}:${line}: ${text}`)).toEqual([]);
  });
});
