import { describe, expect, it } from 'vitest';
import { categoryLabel, mentionTable, readMessages } from '../../e2e/demo-table';

const mentions = [
  { name: 'Xinjiang', category: 'country' as const, count: 2, text: 'Xinjiang' },
  { name: 'Kazakhstan–China Crude Oil Pipeline Joint Venture of 2006', category: 'initiative' as const, count: 1, text: 'oil pipeline' },
  { name: 'Xi Jinping', category: 'person' as const, count: 12, text: 'Xi' },
];

describe("npm start's table of what a page names", () => {
  it('names a category as the card does', () => {
    const card = readMessages().categoryCountry!.message;
    expect(card).toBe('Country or region');
    expect(categoryLabel('country')).toBe(card);
    expect(mentionTable(mentions)[0]).toContain('Country or region');
    expect(mentionTable(mentions).join('\n')).not.toMatch(/\bcountry\b/);
  });

  it('keeps its columns aligned when a name is longer than usual', () => {
    const lines = mentionTable(mentions);
    for (const column of ['×', 'first as']) {
      const at = lines.map((line) => line.indexOf(column));
      expect(new Set(at).size, `${column} at ${at.join(', ')}`).toBe(1);
    }
    const categoryAt = lines.map((line, i) => line.indexOf(['Country or region', 'Initiative', 'Person'][i]!));
    expect(new Set(categoryAt).size).toBe(1);
  });
});
