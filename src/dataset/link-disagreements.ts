import type { Disagreement, Fact, Figure } from '../model/fact.ts';

/**
 * Links facts that measure the same metric but report different values
 * (the December 2014 deals: "$14 billion" in one source, "$18 billion" in
 * another). Facts agree when, in every unit they both use, they state the
 * same values; figures in a unit only one of them uses do not count.
 */
export function linkDisagreements(facts: readonly Fact[]): Fact[] {
  return facts.map((fact) => {
    const differs: Disagreement[] = [];
    for (const other of facts) {
      if (other === fact || fact.metric === undefined || other.metric !== fact.metric) continue;
      const conflicting = conflictingFigures(fact.figures, other.figures);
      if (conflicting.length > 0) {
        differs.push({ factId: other.id, document: other.source.document, figures: conflicting });
      }
    }
    const linked: Fact = { ...fact };
    delete linked.differs;
    if (differs.length > 0) linked.differs = differs;
    return linked;
  });
}

/** The figures of `theirs` whose unit both sides use with different values. */
function conflictingFigures(ours: readonly Figure[], theirs: readonly Figure[]): Figure[] {
  return theirs.filter((figure) => {
    const mine = valuesIn(ours, figure.unit);
    return mine.length > 0 && mine.join() !== valuesIn(theirs, figure.unit).join();
  });
}

function valuesIn(figures: readonly Figure[], unit: string): number[] {
  return figures
    .filter((figure) => figure.unit === unit)
    .map((figure) => figure.value)
    .sort((a, b) => a - b);
}
