import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../src/model/entity';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  defaultSettings,
  MAX_EXCLUDED_SITES,
  isActiveOn,
  mergeSettings,
  migrateSettings,
  needsRepair,
  settingsVersionOf,
  storedSize,
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

  it('caps an oversized site list instead of failing, keeping the first valid sites', () => {
    const sites = ['bad site', ...Array.from({ length: 5000 }, (_, i) => `site${i}.com`)];
    const merged = mergeSettings({ excludedSites: sites }).excludedSites;
    expect(merged.length).toBe(MAX_EXCLUDED_SITES);
    expect(merged[0]).toBe('site0.com');
  });

  it('normalises and deduplicates stored site patterns', () => {
    expect(mergeSettings({ excludedSites: ['Example.com', 'https://example.com/x', '*.News.org'] }).excludedSites).toEqual([
      'example.com',
      '*.news.org',
    ]);
  });

  it.each([
    ['a string', { excludedSites: 'example.com' }],
    ['an object of categories that is a list', { categories: ['person'] }],
    ['a number for the switch', { enabled: 1 }],
    ['a string for the figure check', { checkFigures: 'yes' }],
    ['a delay out of range', { hoverDelayMs: 1e9 }],
    ['a delay that is not a number', { hoverDelayMs: '250' }],
    ['NaN', { hoverDelayMs: Number.NaN }],
  ])('falls back to the default for %s', (_, stored) => {
    expect(mergeSettings(stored)).toEqual(defaultSettings());
  });

  it('reads a newer version field by field rather than discarding it', () => {
    const merged = mergeSettings({ version: SETTINGS_VERSION + 1, mentionPolicy: 'every', futureField: { x: 1 } });
    expect(merged.mentionPolicy).toBe('every');
    expect(merged.version).toBe(SETTINGS_VERSION);
    expect(merged).not.toHaveProperty('futureField');
  });

  it('always returns settings that merge to themselves', () => {
    for (const stored of [undefined, 'nonsense', { categories: { person: 'no' } }, { version: 1, everyMention: true }]) {
      const merged = mergeSettings(stored);
      expect(mergeSettings(merged)).toEqual(merged);
    }
  });
});

describe('needsRepair', () => {
  it('is false for current, valid settings, so nothing is rewritten', () => {
    expect(needsRepair(defaultSettings())).toBe(false);
    expect(needsRepair({ ...defaultSettings(), excludedSites: ['example.com'] })).toBe(false);
  });

  it('ignores the order of keys, which storage.sync does not keep', () => {
    const settings = defaultSettings();
    const reordered = Object.fromEntries(Object.entries(settings).reverse());
    reordered.categories = Object.fromEntries(Object.entries(settings.categories).reverse());
    expect(needsRepair(reordered)).toBe(false);
  });

  it('is true for nothing, garbage, partial, invalid and old settings', () => {
    for (const stored of [undefined, 'nonsense', {}, { ...defaultSettings(), mentionPolicy: 5 }, { version: 1, everyMention: true }]) {
      expect(needsRepair(stored), JSON.stringify(stored)).toBe(true);
    }
  });
});

describe('storedSize', () => {
  it('counts the key and the JSON as UTF-8 bytes, the way storage.sync does', () => {
    const settings = defaultSettings();
    expect(storedSize(settings)).toBe('settings'.length + JSON.stringify(settings).length);
    const withAccent = { ...settings, excludedSites: ['é.com'] };
    expect(storedSize(withAccent)).toBe('settings'.length + JSON.stringify(withAccent).length + 1);
  });
});

describe('migrations', () => {
  it('knows an unversioned object by its version-1 fields', () => {
    expect(settingsVersionOf({ disabledCategories: [] })).toBe(1);
    expect(settingsVersionOf({ everyMention: false })).toBe(1);
    expect(settingsVersionOf({ mentionPolicy: 'every' })).toBe(SETTINGS_VERSION);
    expect(settingsVersionOf({ version: 1 })).toBe(1);
  });

  it('migrates version-1 settings that were stored without a version', () => {
    const merged = mergeSettings({ disabledCategories: ['place'], everyMention: false, enabled: false });
    expect(merged.categories.place).toBe(false);
    expect(merged.mentionPolicy).toBe('first');
    expect(merged.enabled).toBe(false);
  });

  it('keeps v1 settings that were already in the current shape when the old field is missing or broken', () => {
    expect(mergeSettings({ version: 1, mentionPolicy: 'every' }).mentionPolicy).toBe('every');
    expect(mergeSettings({ version: 1, mentionPolicy: 'every', everyMention: 'yes' }).mentionPolicy).toBe('every');
  });

  it('merges disabledCategories into categories a v1 object already had, ignoring entries that are not text', () => {
    const migrated = migrateSettings({ version: 1, categories: { country: false }, disabledCategories: ['person', 7] });
    expect(migrated).toEqual({ version: 2, categories: { country: false, person: false } });
  });

  it('drops the v1 fields once migrated', () => {
    const migrated = migrateSettings({ version: 1, disabledCategories: [], everyMention: true });
    expect(migrated).not.toHaveProperty('disabledCategories');
    expect(migrated).not.toHaveProperty('everyMention');
  });

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

describe('isActiveOn', () => {
  it('is off when the global switch is off or the site is excluded', () => {
    const settings = defaultSettings();
    expect(isActiveOn(settings, 'news.example.com')).toBe(true);
    expect(isActiveOn({ ...settings, enabled: false }, 'news.example.com')).toBe(false);
    expect(isActiveOn({ ...settings, excludedSites: ['*.example.com'] }, 'news.example.com')).toBe(false);
  });
});
