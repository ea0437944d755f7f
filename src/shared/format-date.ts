/** "2015-05-07" → "7 May 2015"; partial dates stay partial ("2015-03" → "March 2015"). */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(iso: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year!;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** A fact's period: "2014-12" → "December 2014", "2014-12/2015-03" → "December 2014 – March 2015". */
export function formatPeriod(period: string): string {
  return period
    .split('/')
    .map((part) => formatDate(part.trim()))
    .join(' – ');
}
