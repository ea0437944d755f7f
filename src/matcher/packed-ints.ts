/**
 * Integer columns as strings, read in place. A page loads the compiled
 * matcher on every visit, and with a large dictionary decoding its columns
 * into typed arrays cost more than everything else at start-up (a loop over
 * every trie node runs before V8 has optimised it; docs/scaling.md has the
 * numbers). A string needs no decoding: a literal in the script (or JSON)
 * hands it over as it is, and a value is two `charCodeAt` calls away.
 *
 * Each value takes two code units of 15 bits each, offset past the control
 * characters (which JSON would escape to six bytes), so every unit lies in
 * 0x20..0x801F: never a surrogate, never escaped.
 */

import { stringFromCodeUnits } from './fold.ts';

/** The smallest code unit used. */
export const PACK_OFFSET = 0x20;
const BITS = 15;
const MASK = (1 << BITS) - 1;
/** The largest value a column can hold. */
export const PACK_MAX = 2 ** (2 * BITS) - 1;

/** Packs non-negative integers up to PACK_MAX (callers shift signed columns by one). */
export function packInts(values: ArrayLike<number>): string {
  const units = new Uint16Array(values.length * 2);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    if (!Number.isInteger(value) || value < 0 || value > PACK_MAX) throw new Error(`Cannot pack ${value}: integers 0..${PACK_MAX} only`);
    units[2 * i] = PACK_OFFSET + (value >>> BITS);
    units[2 * i + 1] = PACK_OFFSET + (value & MASK);
  }
  return stringFromCodeUnits(units);
}

/** Where each string starts in their concatenation, then its length, packed: the index of a joined column. */
export function packStarts(strings: readonly string[]): string {
  const starts = [0];
  for (const text of strings) starts.push(starts.at(-1)! + text.length);
  return packInts(starts);
}

/** String `index` of a joined column indexed by `packStarts`. */
export function sliceAt(joined: string, starts: string, index: number): string {
  return joined.slice(intAt(starts, index), intAt(starts, index + 1));
}

/** Value `index` of a packed column (hot loops inline the same two lines). */
export function intAt(packed: string, index: number): number {
  return ((packed.charCodeAt(2 * index) - PACK_OFFSET) << BITS) | (packed.charCodeAt(2 * index + 1) - PACK_OFFSET);
}

/** How many values a packed column holds, or -1 if its length cannot be one. */
export function packedLength(packed: unknown): number {
  return typeof packed === 'string' && packed.length % 2 === 0 ? packed.length / 2 : -1;
}

/** Every value, for tests and for the rare reader that wants them all. */
export function unpackInts(packed: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < packed.length / 2; i++) out.push(intAt(packed, i));
  return out;
}
