/**
 * What `npm start` prints for each page: one line per entity, in columns
 * as wide as the longest value, with the category named as the card and the
 * popup name it (messages.json), not by its id.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Category } from '../../src/model/entity';
import { CATEGORY_STYLE } from '../../src/shared/category-style';
import type { PageMention } from '../../src/messages/messages';
import { ROOT } from './harness';

type Messages = Record<string, { message: string }>;

export function readMessages(): Messages {
  return JSON.parse(readFileSync(join(ROOT, 'src/static/_locales/en/messages.json'), 'utf8')) as Messages;
}

/** The card's label for a category: "Country or region", "Person". */
export function categoryLabel(category: Category, messages: Messages = readMessages()): string {
  return messages[CATEGORY_STYLE[category].label]?.message ?? category;
}

export function mentionTable(mentions: readonly Pick<PageMention, 'name' | 'category' | 'count' | 'text'>[], messages: Messages = readMessages()): string[] {
  const rows = mentions.map((m) => [m.name, categoryLabel(m.category, messages), `×${m.count}`, `first as "${m.text}"`]);
  const widths = [0, 1, 2].map((column) => Math.max(0, ...rows.map((row) => row[column]!.length)));
  return rows.map((row) => `  ${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  ')}`);
}
