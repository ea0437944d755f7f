/**
 * Typography the matcher ignores (src/matcher/fold.ts): curly versus straight
 * quotes, dash style, spacing and diacritics. Two aliases equal under this
 * fold are the same alias to the matcher.
 */
export function foldTypography(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u02bc\uff07]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\uff02]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The form in which two alias texts count as the same words for any case mode. */
export function foldAlias(text: string): string {
  return foldTypography(text).toLowerCase();
}
