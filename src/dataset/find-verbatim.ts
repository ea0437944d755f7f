/**
 * Finds `needle` in `haystack` and returns the span exactly as the haystack
 * has it, or `null`. Every character must match as typed except whitespace:
 * a run of spaces in the needle matches any run of whitespace, because the
 * documents carry non-breaking spaces and double spaces that nobody can see
 * in an editor. Returning the document's own span keeps what the compiler
 * stores verbatim, so `text.indexOf(quote)` still finds it.
 */
export function findVerbatim(haystack: string, needle: string): string | null {
  const words = needle.trim().split(/\s+/).filter((word) => word !== '');
  if (words.length === 0) return null;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'u');
  return pattern.exec(haystack)?.[0] ?? null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
