import { describe, expect, it } from 'vitest';
import { realDataset } from '../../support/real-dataset';
import { figureCheckData } from '../../../src/relevance/figure-check';
import { decodeFigureCheckData, encodeFigureCheckData } from '../../../src/relevance/figure-check-data';

const dataset = realDataset();

describe('the figure check data the content script is to carry', () => {
  it('round-trips every definition (all but its label) and every sourced value', () => {
    const metrics = dataset.metrics ?? [];
    expect(metrics.length).toBeGreaterThan(0);
    const decoded = decodeFigureCheckData(encodeFigureCheckData(metrics, dataset.facts));
    expect(decoded.metrics).toEqual(metrics.map((m) => ({ ...m, label: '' })));
    expect(decoded.sourced).toEqual(figureCheckData(metrics, dataset.facts).sourced);
  });

  it('keeps both sourced values of the December 2014 deals', () => {
    const decoded = decodeFigureCheckData(encodeFigureCheckData(dataset.metrics ?? [], dataset.facts));
    expect(decoded.sourced.get('china-kazakhstan-deals-december-2014')).toEqual([
      { factId: 'deals-december-2014-china-power', value: 14e9 },
      { factId: 'deals-december-2014-china-bystander', value: 18e9 },
    ]);
  });
});
