/**
 * The README's "Adding a document and its facts", step by step, on a copy of
 * the real seeds with a made-up document: the build must take it, and what
 * the real-seed tests and the search assume must still hold.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSeedDataset } from '../../../src/build/dataset-plugin';
import { DatasetError } from '../../../src/dataset/dataset-error';
import { SearchIndex } from '../../../src/search';

const ROOT = join(import.meta.dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'geolens-new-document-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const NAME = 'made-up-2016.txt';

/** A fresh copy of the project's seeds/ in a folder of its own. */
function copyOfSeeds(name: string): string {
  const root = join(scratch, name);
  cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  return root;
}

function followTheReadme(root: string, steps: { text?: boolean } = {}): void {
  // 1. The text, as published, named <name>.txt.
  if (steps.text !== false) {
    writeFileSync(
      join(root, 'seeds', NAME),
      'Caspian Ledger\n\nAstana opens a ferry line\n\nIn 2016 the new Aktau ferry line carried 12,000 containers across the Caspian to Baku.\n',
    );
  }
  // 2. Its record in documents.yaml.
  appendFileSync(join(root, 'seeds/documents.yaml'), `\n- file: ${NAME}\n  title: Astana opens a ferry line\n  publication: Caspian Ledger\n  date: 2016-11-02\n  date_inferred: Made up for this test.\n`);
  // 3. A new entity.
  appendFileSync(
    join(root, 'seeds/entities.yaml'),
    '\n- id: aktau-ferry-line\n  name: Aktau ferry line\n  category: initiative\n  description: A made-up ferry line for this test.\n  aliases:\n    - Aktau ferry line\n',
  );
  // 4. A fact dated 2016, quoting the text verbatim.
  appendFileSync(
    join(root, 'seeds/facts.yaml'),
    `\n- id: aktau-ferry-containers-2016\n  text: The Aktau ferry line carried 12,000 containers in 2016.\n  entities: [aktau-ferry-line, kazakhstan]\n  topic: infrastructure\n  period: 2016\n  figures:\n    - {value: 12000, unit: count, text: "12,000"}\n    - {value: 2016, unit: year, text: 2016}\n  source:\n    document: ${NAME}\n    quote: "In 2016 the new Aktau ferry line carried 12,000 containers across the Caspian to Baku."\n`,
  );
}

describe('adding a document and its facts, as the README says', () => {
  it('builds, with the new document, entity and fact', () => {
    const root = copyOfSeeds('complete');
    followTheReadme(root);
    // 5. npm run build compiles seeds/ with this function.
    const dataset = loadSeedDataset(root, '0.0.0');
    expect(dataset.documents.map((document) => document.id)).toContain(NAME);
    expect(dataset.entities.map((entity) => entity.id)).toContain('aktau-ferry-line');
    expect(dataset.facts.find((fact) => fact.id === 'aktau-ferry-containers-2016')?.period).toBe('2016');

    // The popup finds the new fact by its year, and the old ones are still there.
    const index = new SearchIndex(dataset);
    const found = index.search('2016').hits.map((hit) => (hit.kind === 'fact' ? hit.fact.id : hit.entity.id));
    expect(found).toContain('aktau-ferry-containers-2016');
    expect(index.search('export share').hits.map((hit) => (hit.kind === 'fact' ? hit.fact.id : ''))).toContain('export-share-china');
  });

  it('says which text file is missing, and where, when step 1 was skipped', () => {
    const root = copyOfSeeds('no-text');
    followTheReadme(root, { text: false });
    let error: unknown;
    try {
      loadSeedDataset(root, '0.0.0');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).message).toContain(`seeds/documents.yaml: document "${NAME}": text file seeds/${NAME} is missing`);
  });
});
