import type { DatasetIssue } from './dataset-error.ts';
import { foldAlias, foldTypography } from './fold-alias.ts';
import type { SeedRecord } from './read-seed-records.ts';
import { isRecordId } from './record-id.ts';
import type { EntitySeed } from './seed-schemas.ts';
import type { Alias, Entity } from '../model/entity.ts';

/** Aliases this short ("Xi", "Li") name too many things to fire without a context rule. */
const SHORTEST_FREE_ALIAS = 3;

interface Placed {
  entity: Entity;
  label: string;
}

type Report = (rule: DatasetIssue['rule'], reason: string) => void;

/**
 * Builds entities and checks that aliases resolve to one entity: an alias
 * text (case-folded) may be shared only if every owner but one restricts it
 * with a context rule, because the matcher can only break a tie by context.
 */
export function compileEntities(
  file: string,
  records: readonly SeedRecord<EntitySeed>[],
  knownIds: ReadonlySet<string>,
  issues: DatasetIssue[],
): Entity[] {
  const placed: Placed[] = [];
  const seen = new Set<string>();
  for (const { label, value: seed } of records) {
    const report: Report = (rule, reason) => issues.push({ file, record: label, rule, reason });
    if (!isRecordId(seed.id)) report('invalid-id', `id "${seed.id}" is not kebab-case (a-z, 0-9, single hyphens)`);
    if (seen.has(seed.id)) {
      report('duplicate-id', `duplicate id "${seed.id}"`);
      continue;
    }
    seen.add(seed.id);
    const aliases = seed.aliases.map(
      ({ text, case: mode, context }): Alias => (context === undefined ? { text, case: mode } : { text, case: mode, context }),
    );
    placed.push({ label, entity: { ...seedFields(seed), aliases, blockers: seed.blockers } });
  }
  const byId = new Map(placed.map((item) => [item.entity.id, item.entity]));
  for (const { entity, label } of placed) {
    const report: Report = (rule, reason) => issues.push({ file, record: label, rule, reason });
    checkOwnAliases(entity, report);
    checkContexts(entity, byId, knownIds, report);
  }
  checkSharedAliases(file, placed, issues);
  checkBlockers(file, placed, issues);
  return placed.map((item) => item.entity);
}

function seedFields(seed: EntitySeed): Pick<Entity, 'id' | 'name' | 'category' | 'description'> {
  return { id: seed.id, name: seed.name, category: seed.category, description: seed.description };
}

function checkOwnAliases(entity: Entity, report: Report): void {
  // Case stays significant: "the West" and "The West" are both needed in `proper` mode.
  const texts = new Map<string, string>();
  for (const alias of entity.aliases) {
    const folded = foldTypography(alias.text);
    const earlier = texts.get(folded);
    if (earlier !== undefined) {
      report(
        'alias-duplicate',
        earlier === alias.text
          ? `alias "${alias.text}" is listed twice`
          : `alias "${alias.text}" repeats "${earlier}": the matcher already ignores quote and dash style`,
      );
    }
    texts.set(folded, alias.text);
    if (alias.text.length < SHORTEST_FREE_ALIAS && alias.context === undefined) {
      report('alias-needs-context', `alias "${alias.text}" is too short to match without a context rule`);
    }
  }
}

/**
 * A context entity must be recognisable on its own; if all its aliases need
 * context too, the rule could only ever be satisfied in a circle.
 */
function checkContexts(
  entity: Entity,
  byId: ReadonlyMap<string, Entity>,
  knownIds: ReadonlySet<string>,
  report: Report,
): void {
  for (const alias of entity.aliases) {
    for (const id of alias.context ?? []) {
      const target = byId.get(id);
      if (target === undefined) {
        if (!knownIds.has(id)) report('unknown-entity', `alias "${alias.text}": context names unknown entity "${id}"`);
        continue;
      }
      if (target.aliases.every((candidate) => candidate.context !== undefined)) {
        report(
          'context-unresolvable',
          `alias "${alias.text}": context entity "${id}" has no alias without a context rule, so it can never be mentioned unambiguously`,
        );
      }
    }
  }
}

function checkSharedAliases(file: string, placed: readonly Placed[], issues: DatasetIssue[]): void {
  const owners = new Map<string, { item: Placed; free: boolean; text: string }[]>();
  for (const item of placed) {
    for (const alias of item.entity.aliases) {
      const key = foldAlias(alias.text);
      const list = owners.get(key) ?? [];
      const existing = list.find((owner) => owner.item === item);
      if (existing === undefined) list.push({ item, free: alias.context === undefined, text: alias.text });
      else existing.free ||= alias.context === undefined;
      owners.set(key, list);
    }
  }
  for (const list of owners.values()) {
    const free = list.filter((owner) => owner.free);
    if (list.length < 2 || free.length < 2) continue;
    const [first, ...others] = free;
    if (first === undefined) continue;
    for (const other of others) {
      issues.push({
        file,
        record: other.item.label,
        rule: 'alias-conflict',
        reason: `alias "${other.text}" also belongs to entity "${first.item.entity.id}"; give all but one of them a context rule`,
      });
    }
  }
}

/**
 * A blocker exists to out-length one of the entity's own aliases; one that
 * equals an alias would tie with it, and one that contains none blocks nothing.
 */
function checkBlockers(file: string, placed: readonly Placed[], issues: DatasetIssue[]): void {
  const aliasOwner = new Map<string, string>();
  for (const { entity } of placed) {
    for (const alias of entity.aliases) aliasOwner.set(foldAlias(alias.text), entity.id);
  }
  for (const { entity, label } of placed) {
    for (const blocker of entity.blockers) {
      const folded = foldAlias(blocker);
      const owner = aliasOwner.get(folded);
      const report = (reason: string) => issues.push({ file, record: label, rule: 'blocker-invalid', reason });
      if (owner !== undefined) {
        report(`blocker "${blocker}" is an alias of entity "${owner}"; as an alias it already wins, so drop the blocker`);
        continue;
      }
      const shields = entity.aliases.some((alias) => {
        const own = foldAlias(alias.text);
        return folded.length > own.length && folded.includes(own);
      });
      if (!shields) report(`blocker "${blocker}" does not contain any of the entity's aliases, so it blocks nothing`);
    }
  }
}
