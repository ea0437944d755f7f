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


/**
 * The passage of `haystack` closest to a quote that is not in it verbatim:
 * the run of words (as long as the quote's) that shares the most words with
 * it, ignoring case and punctuation. Null when no passage shares even half
 * its words: then the quote is from elsewhere, and pointing anywhere would mislead.
 */
export function closestPassage(haystack: string, quote: string): string | null {
  const key = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const wanted = quote.split(/\s+/).map(key).filter(Boolean);
  if (wanted.length === 0) return null;
  const words = [...haystack.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, key: key(m[0]) }));
  const counts = new Map<string, number>();
  for (const word of wanted) counts.set(word, (counts.get(word) ?? 0) + 1);
  const size = Math.min(words.length, wanted.length);
  let best = -1;
  let bestScore = 0;
  for (let start = 0; start + size <= words.length; start++) {
    const left = new Map(counts);
    let score = 0;
    for (let i = start; i < start + size; i++) {
      const n = left.get(words[i]!.key) ?? 0;
      if (n > 0) {
        score++;
        left.set(words[i]!.key, n - 1);
      }
    }
    if (score > bestScore) {
      bestScore = score;
      best = start;
    }
  }
  if (best < 0 || bestScore * 2 < wanted.length) return null;
  // Words at the window's edges that the quote does not have are not part of the passage.
  let from = best;
  let to = best + size - 1;
  while (from < to && !counts.has(words[from]!.key)) from++;
  while (to > from && !counts.has(words[to]!.key)) to--;
  return haystack.slice(words[from]!.start, words[to]!.start + words[to]!.text.length).replace(/\s+/g, ' ');
}
