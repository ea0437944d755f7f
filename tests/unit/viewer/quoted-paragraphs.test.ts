import { describe, expect, it } from 'vitest';
import { realDataset } from '../../support/real-dataset';
import { quotedParagraphs, type Passage } from '../../../src/viewer/quoted-paragraphs';

const quoted = (paragraphs: Passage[][]) => paragraphs.flat().filter((p) => p.quoted).map((p) => p.text);
const text = (paragraphs: Passage[][]) => paragraphs.map((p) => p.map((x) => x.text).join(''));

describe('quotedParagraphs', () => {
  it('splits a document into its non-blank lines and marks the quote inside one', () => {
    const { paragraphs, found } = quotedParagraphs('Title\n\nFirst para. The quote here. After.\n\nLast.', 'The quote here.');
    expect(found).toBe(true);
    expect(text(paragraphs)).toEqual(['Title', 'First para. The quote here. After.', 'Last.']);
    expect(paragraphs[1]).toEqual([
      { text: 'First para. ', quoted: false },
      { text: 'The quote here.', quoted: true },
      { text: ' After.', quoted: false },
    ]);
  });

  it('marks a quote that runs across a paragraph break in both paragraphs', () => {
    const { paragraphs } = quotedParagraphs('One two\nthree four', 'two three');
    expect(quoted(paragraphs)).toEqual(['two', 'three']);
  });

  it('marks nothing, and says so, when the quote is not in the text', () => {
    const { paragraphs, found } = quotedParagraphs('Some text.', 'Other words');
    expect(found).toBe(false);
    expect(quoted(paragraphs)).toEqual([]);
  });

  it('finds the quote of every seed fact in its document', () => {
    const data = realDataset();
    for (const fact of data.facts) {
      const document = data.documents.find((d) => d.id === fact.source.document)!;
      const { paragraphs, found } = quotedParagraphs(document.text, fact.source.quote);
      expect(found, fact.id).toBe(true);
      expect(quoted(paragraphs).join(' ').replace(/\s+/g, ' '), fact.id).toBe(fact.source.quote.replace(/\s+/g, ' '));
    }
  });
});
