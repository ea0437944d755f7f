import { describe, expect, it } from 'vitest';
import { formatCitation } from '../../../src/ui/format-citation';

const parts = {
  statement: "About one-fifth of Kazakhstan's exports go to China.",
  quote: 'One-fifth of Kazakhstan’s $84 billion–year of exports now goes to China',
  publication: 'China Bystander',
  title: 'China Tilts Kazakhstan Away From Russia',
  date: '1 April 2015 (date inferred)',
};

describe('formatCitation', () => {
  it('writes the statement, the quote and the source as plain text', () => {
    expect(formatCitation(parts).plain).toBe(
      "About one-fifth of Kazakhstan's exports go to China.\n" +
        '“One-fifth of Kazakhstan’s $84 billion–year of exports now goes to China”\n' +
        'China Bystander, “China Tilts Kazakhstan Away From Russia”, 1 April 2015 (date inferred).',
    );
  });

  it('writes Markdown with the quote as a block quote and the title in italics', () => {
    expect(formatCitation(parts).markdown).toBe(
      "About one-fifth of Kazakhstan's exports go to China.\n\n" +
        '> One-fifth of Kazakhstan’s $84 billion–year of exports now goes to China\n\n' +
        '— China Bystander, *China Tilts Kazakhstan Away From Russia*, 1 April 2015 (date inferred)',
    );
  });

  it('escapes what Markdown would read as formatting, so the text pastes as written', () => {
    const { markdown } = formatCitation({ ...parts, statement: 'A *bold* [claim] <b>', title: 'Under_scored' });
    expect(markdown).toContain('A \\*bold\\* \\[claim\\] \\<b\\>');
    expect(markdown).toContain('*Under\\_scored*');
  });

  it('keeps every line of a multi-line quote inside the block quote', () => {
    expect(formatCitation({ ...parts, quote: 'first line\nsecond line' }).markdown).toContain('> first line\n> second line');
  });
});
