/**
 * A fact as a researcher pastes it: the statement, the verbatim quote and
 * where it comes from, as plain text and as Markdown. Pure: the caller passes
 * the date already written out (with "inferred" in the reader's language).
 */
export interface CitationParts {
  statement: string;
  quote: string;
  publication: string;
  title: string;
  date: string;
}

export interface Citation {
  plain: string;
  markdown: string;
}

export function formatCitation({ statement, quote, publication, title, date }: CitationParts): Citation {
  const plain = `${statement}\n“${quote}”\n${publication}, “${title}”, ${date}.`;
  const markdown = [
    escapeMarkdown(statement),
    '',
    ...quote.split('\n').map((line) => `> ${escapeMarkdown(line)}`),
    '',
    `— ${escapeMarkdown(publication)}, *${escapeMarkdown(title)}*, ${escapeMarkdown(date)}`,
  ].join('\n');
  return { plain, markdown };
}

/** Characters Markdown would read as formatting; the dataset's text must paste as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}
