import { describe, expect, it } from 'vitest';
import { realDataset } from '../../support/real-dataset';
import { NATIVE_NAMES, hasNonLatinLetters } from '../../../src/search/native-names';
import { tokenize } from '../../../src/search/tokenize';

const data = realDataset();

describe('names in other scripts', () => {
  it('belong to entities of the seeds', () => {
    const ids = new Set(data.entities.map((entity) => entity.id));
    for (const id of Object.keys(NATIVE_NAMES)) expect(ids, id).toContain(id);
  });

  it('are words the search can read, none of them Latin', () => {
    for (const [id, names] of Object.entries(NATIVE_NAMES)) {
      for (const name of names) {
        expect(tokenize(name).length, `${id}: ${name}`).toBeGreaterThan(0);
        expect(hasNonLatinLetters(name), `${id}: ${name}`).toBe(true);
      }
    }
  });

  it('tell a query in another script from one in Latin letters, digits or symbols', () => {
    expect(hasNonLatinLetters('Καζακστάν')).toBe(true);
    expect(hasNonLatinLetters('Almaty–Ürümqi 2015 $84')).toBe(false);
  });
});
