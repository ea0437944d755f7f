import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const messages = JSON.parse(readFileSync(join(ROOT, 'src/static/_locales/en/messages.json'), 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, unknown> }
>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
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
