import { describe, expect, it } from 'vitest';
import { Matcher, compileMatcher, fold } from '../../../src/matcher';
import { plantMentions, syntheticDictionary } from './synthetic-dictionary';

describe('a synthetic 50,000-alias dictionary', () => {
  const dict = syntheticDictionary(50_000);
  const started = performance.now();
  const matcher = compileMatcher(dict.entries);
  const buildMs = performance.now() - started;
  const planted = plantMentions(dict, 5_000);

  it('has multi-word, diacritic, apostrophe and hyphenated aliases', () => {
    const texts = dict.entries.map((e) => e.text);
    expect(new Set(texts.map(fold)).size).toBe(50_000);
    expect(texts.filter((t) => t.includes(' ')).length).toBeGreaterThan(10_000);
    expect(texts.filter((t) => fold(t) !== t.toLowerCase()).length).toBeGreaterThan(10_000);
    expect(texts.filter((t) => /['’]/.test(t)).length).toBeGreaterThan(1_000);
    expect(texts.filter((t) => t.includes('-')).length).toBeGreaterThan(1_000);
  });

  it('finds exactly the planted mentions in a long text', () => {
    const scanStarted = performance.now();
    const spans = matcher.match(planted.text);
    const scanMs = performance.now() - scanStarted;
    console.info(
      `50k aliases: ${matcher.nodeCount} nodes, built in ${buildMs.toFixed(0)} ms; ` +
        `${(planted.text.length / 1e6).toFixed(2)}M chars scanned in ${scanMs.toFixed(0)} ms`,
    );
    expect(spans.map(({ start, end, entityId }) => ({ start, end, entityId }))).toEqual(planted.expected);
  });

  it('finds the same mentions after a JSON round trip of the compiled matcher', () => {
    const restored = Matcher.fromSerialized(JSON.parse(JSON.stringify(matcher.serialize())));
    const slice = planted.text.slice(0, 20_000);
    expect(restored.match(slice)).toEqual(matcher.match(slice));
  });
});
