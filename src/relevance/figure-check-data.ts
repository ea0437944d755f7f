/**
 * What the content script is to carry for the figure check: the metric
 * definitions and each metric's sourced values. One module writes it (for
 * the build to inline, as src/relevance/relevance-data.ts does) and reads it,
 * so the format has one owner; a unit test round-trips it.
 *
 * Format, a JSON string: `[[id, unit, kind, "entity|…", "cue|…", "also cue|…", period,
 * factId, value, factId, value…]…]`: one row per metric, its sourced values last.
 */
import type { MetricDefinition } from '../model/fact.ts';
import { figureCheckData, type FigureCheckData } from './figure-check.ts';

type Row = (string | number)[];

/** The label stays with the worker: the card asks for it with the facts. */
export type CarriedMetric = Omit<MetricDefinition, 'label'>;

export function encodeFigureCheckData(
  metrics: readonly MetricDefinition[],
  facts: Parameters<typeof figureCheckData>[1],
): string {
  const { sourced } = figureCheckData(metrics, facts);
  const rows: Row[] = metrics.map((m) => [
    m.id,
    m.unit,
    m.kind,
    m.entities.join('|'),
    m.cues.join('|'),
    (m.alsoCues ?? []).join('|'),
    m.period,
    ...(sourced.get(m.id) ?? []).flatMap((s) => [s.factId, s.value]),
  ]);
  return JSON.stringify(rows);
}

export function decodeFigureCheckData(text: string): FigureCheckData & { metrics: CarriedMetric[] } {
  const rows = JSON.parse(text) as Row[];
  const list = (joined: unknown) => (joined === '' ? [] : String(joined).split('|'));
  const metrics: MetricDefinition[] = [];
  const sourced = new Map<string, { factId: string; value: number }[]>();
  for (const [id, unit, kind, entities, cues, alsoCues, period, ...values] of rows) {
    const also = list(alsoCues);
    metrics.push({
      id: String(id),
      label: '',
      unit: String(unit),
      kind: kind as MetricDefinition['kind'],
      entities: list(entities),
      cues: list(cues),
      ...(also.length > 0 ? { alsoCues: also } : {}),
      period: String(period),
    });
    const pairs: { factId: string; value: number }[] = [];
    for (let i = 0; i + 1 < values.length; i += 2) pairs.push({ factId: String(values[i]), value: Number(values[i + 1]) });
    sourced.set(String(id), pairs);
  }
  return { metrics, sourced };
}
