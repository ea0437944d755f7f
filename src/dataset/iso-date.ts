/** `YYYY-MM-DD` naming a day that exists (no 2015-02-30). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A period a fact or figure describes: a year (`2014`), a month (`2015-03`),
 * a day (`2015-03-27`), or a span of those, earliest first (`2013/2014`,
 * `2014-12/2015-03`).
 */
export function isPeriod(text: string): boolean {
  const parts = text.split('/');
  if (parts.length > 2 || !parts.every(isPeriodPoint)) return false;
  const [start, end] = parts;
  return end === undefined || start === undefined || start < end;
}

function isPeriodPoint(text: string): boolean {
  if (/^\d{4}$/.test(text)) return true;
  if (/^\d{4}-\d{2}$/.test(text)) return isIsoDate(`${text}-01`);
  return isIsoDate(text);
}
