/**
 * Figures formatted for reading, shared by the card, the popup and the
 * source viewer. Pure. A figure the source wrote in words keeps those words,
 * and gains the number only where the number says something the words do
 * not: "one-fifth (20%)", but "twice" and "four months" as they are.
 */
import type { Fact, Figure } from '../model/fact';
import { isMeasure, MEASURES } from '../dataset/units';

const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

function trim(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toFixed(2)));
}

/** 84e9 → "84 billion", 86e6 → "86 million", 1500 → "1,500". */
export function formatQuantity(value: number): string {
  const magnitude = Math.abs(value);
  for (const [scale, word] of SCALES) if (magnitude >= scale) return `${trim(value / scale)} ${word}`;
  return Number.isInteger(value) ? value.toLocaleString('en-US') : trim(value);
}

export function formatValue(figure: Pick<Figure, 'value' | 'unit'>): string {
  const { value, unit } = figure;
  switch (unit.toLowerCase()) {
    case 'usd':
      return `$${formatQuantity(value)}`;
    case 'eur':
      return `€${formatQuantity(value)}`;
    case 'gbp':
      return `£${formatQuantity(value)}`;
    case 'cny':
      return `${formatQuantity(value)} yuan`;
    case 'kzt':
      return `${formatQuantity(value)} tenge`;
    case 'rub':
      return `${formatQuantity(value)} roubles`;
    case 'percent':
    case '%':
      return `${trim(value)}%`;
    case 'percentage points':
    case 'pp':
      return `${trim(value)} pp`;
    case 'ratio':
    case 'times':
      return `${trim(value)}×`;
    case 'year':
      return String(value);
    case 'count':
      return formatQuantity(value);
    default:
      if (isMeasure(unit)) return `${formatQuantity(value)} ${value === 1 ? MEASURES[unit].one : MEASURES[unit].many}`;
      return `${formatQuantity(value)} ${unit}`;
  }
}

/**
 * The figure as a reader should see it: the number where the source wrote
 * digits; the source's words where it wrote words, followed by the number
 * only when that converts them (a fraction as a percentage).
 */
export function formatFigure(figure: Figure): string {
  const numeric = formatValue(figure);
  const words = figure.text?.trim();
  if (!words || /\d/.test(words)) return numeric;
  const lowered = `${words.charAt(0).toLowerCase()}${words.slice(1)}`;
  return figure.unit === 'percent' ? `${lowered} (${numeric})` : lowered;
}

/** The years a period line shows: its own, or the first and last of a span ("2009/2015" → 2009, 2015). */
function yearsShown(period: string): Set<number> {
  return new Set(period.split('/').map((part) => Number(part.trim().slice(0, 4))));
}

/**
 * The figures to show beside a fact's period: all but a year the period
 * already states ("2013" beside "September 2013"), which would only repeat it
 * in a less precise form. Search still reads every figure.
 */
export function shownFigures(fact: Pick<Fact, 'figures' | 'period'>): Figure[] {
  const years = yearsShown(fact.period);
  return fact.figures.filter((figure) => !(figure.unit === 'year' && years.has(figure.value)));
}
