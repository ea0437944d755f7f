import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/dataset/types';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  defaultSettings,
  isActiveOn,
  mergeSettings,
  migrateSettings,
  parseImportedSettings,
} from '../../../src/settings/settings';

describe('mergeSettings', () => {
  it('returns the defaults when nothing is stored', () => {
    expect(mergeSettings(undefined)).toEqual(defaultSettings());
  });

  it('falls back to the defaults when storage holds garbage', () => {
    for (const garbage of ['nonsense', 42, null, [], true]) expect(mergeSettings(garbage)).toEqual(defaultSettings());
  });

  it('keeps valid fields and repairs invalid ones field by field', () => {
    const merged = mergeSettings({
      enabled: false,
      mentionPolicy: 'sometimes',
      hoverDelayMs: -5,
      cardTrigger: 'modifier',
      categories: { person: false, country: 'no' },
      excludedSites: ['example.com', 'not a site', 7, 'EXAMPLE.com'],
    });
    expect(merged.enabled).toBe(false);
    expect(merged.mentionPolicy).toBe('first');
    expect(merged.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(merged.cardTrigger).toBe('modifier');
    expect(merged.categories.person).toBe(false);
    expect(merged.categories.country).toBe(true);
    expect(merged.excludedSites).toEqual(['example.com']);
  });

  it('fills in categories the stored object does not know yet', () => {
    const merged = mergeSettings({ categories: { person: false } });
    for (const category of CATEGORIES) expect(merged.categories[category]).toBe(category !== 'person');
  });

  it('never shares state with the frozen defaults', () => {
    const merged = mergeSettings(undefined);
    merged.categories.country = false;
    merged.excludedSites.push('a.com');
    expect(DEFAULT_SETTINGS.categories.country).toBe(true);
    expect(DEFAULT_SETTINGS.excludedSites).toEqual([]);
  });

  it('caps an oversized site list instead of failing', () => {
    const sites = Array.from({ length: 5000 }, (_, i) => `site${i}.com`);
    expect(mergeSettings({ excludedSites: sites }).excludedSites.length).toBeLessThanOrEqual(500);
  });
});

describe('migrations', () => {
  it('turns version-1 disabledCategories and everyMention into the current fields', () => {
    const merged = mergeSettings({ version: 1, disabledCategories: ['event', 'person'], everyMention: true });
    expect(merged.version).toBe(SETTINGS_VERSION);
    expect(merged.categories.event).toBe(false);
    expect(merged.categories.person).toBe(false);
    expect(merged.categories.country).toBe(true);
    expect(merged.mentionPolicy).toBe('every');
  });

  it('leaves current-version settings alone', () => {
    const current = { ...defaultSettings(), mentionPolicy: 'every' };
    expect(migrateSettings(current)).toEqual(current);
  });
});

describe('parseImportedSettings', () => {
  it('accepts an exported settings file', () => {
    const exported = JSON.stringify({ ...defaultSettings(), enabled: false, excludedSites: ['*.example.org'] });
    const result = parseImportedSettings(exported);
    expect(result.ok && result.settings.enabled).toBe(false);
    expect(result.ok && result.settings.excludedSites).toEqual(['*.example.org']);
  });

  it('rejects text that is not JSON', () => {
    expect(parseImportedSettings('{oops')).toEqual({ ok: false, error: 'This file is not JSON.' });
  });

  it('rejects a file with a wrong type and says which field', () => {
    const result = parseImportedSettings(JSON.stringify({ mentionPolicy: 'sometimes' }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('mentionPolicy');
  });

  it('rejects an invalid site pattern rather than importing half the file', () => {
    const result = parseImportedSettings(JSON.stringify({ enabled: false, excludedSites: ['ok.com', 'bad site'] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain('bad site');
  });

  it('rejects unknown keys', () => {
    const result = parseImportedSettings(JSON.stringify({ colour: 'red' }));
    expect(!result.ok && result.error).toContain('colour');
  });
});

describe('isActiveOn', () => {
  it('is off when the global switch is off or the site is excluded', () => {
    const settings = defaultSettings();
    expect(isActiveOn(settings, 'news.example.com')).toBe(true);
    expect(isActiveOn({ ...settings, enabled: false }, 'news.example.com')).toBe(false);
    expect(isActiveOn({ ...settings, excludedSites: ['*.example.com'] }, 'news.example.com')).toBe(false);
  });
});
