/**
 * Figures formatted for reading, shared by the card and the popup. Pure.
 * A figure the source wrote in words keeps those words and gains the number:
 * "one-fifth (20%)", "twice (2×)".
 */
import type { Figure } from '../dataset/types';

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
      return `${formatQuantity(value)} ${unit}`;
  }
}

/** The figure as a reader should see it: the source's words where it used words, plus the number. */
export function formatFigure(figure: Figure): string {
  const numeric = formatValue(figure);
  const words = figure.text?.trim();
  if (!words || /\d/.test(words)) return numeric;
  return `${words.charAt(0).toLowerCase()}${words.slice(1)} (${numeric})`;
}
