import { describe, expect, it } from 'vitest';
import { MAX_EXCLUDED_SITES, SETTINGS_VERSION, defaultSettings, mergeSettings } from '../../../src/settings/settings';
import { parseImportedSettings, settingsFileText } from '../../../src/settings/settings-file';

const problemKeys = (text: string) => {
  const result = parseImportedSettings(text);
  return result.ok ? [] : result.problems.map((p) => p.key);
};

describe('settingsFileText', () => {
  it('writes settings that import back unchanged', () => {
    const settings = { ...defaultSettings(), enabled: false, mentionPolicy: 'every' as const, excludedSites: ['*.example.org'] };
    expect(parseImportedSettings(settingsFileText(settings))).toEqual({ ok: true, settings });
  });

  it('is readable JSON, one field per line', () => {
    expect(settingsFileText(defaultSettings())).toContain('\n  "mentionPolicy": "first",\n');
  });
});

describe('parseImportedSettings', () => {
  it('accepts an exported settings file', () => {
    const exported = JSON.stringify({ ...defaultSettings(), enabled: false, excludedSites: ['*.example.org'] });
    const result = parseImportedSettings(exported);
    expect(result.ok && result.settings.enabled).toBe(false);
    expect(result.ok && result.settings.excludedSites).toEqual(['*.example.org']);
  });

  it('accepts a partial file, filling in the defaults', () => {
    const result = parseImportedSettings(JSON.stringify({ cardTrigger: 'modifier' }));
    expect(result).toEqual({ ok: true, settings: { ...defaultSettings(), cardTrigger: 'modifier' } });
  });

  it('accepts settings wrapped in a "settings" field, as storage.sync.get returns them', () => {
    const result = parseImportedSettings(JSON.stringify({ settings: { mentionPolicy: 'every' } }));
    expect(result.ok && result.settings.mentionPolicy).toBe('every');
  });

  it('migrates a version-1 file', () => {
    const result = parseImportedSettings(JSON.stringify({ version: 1, disabledCategories: ['event'], everyMention: true }));
    expect(result.ok && result.settings).toEqual(
      mergeSettings({ mentionPolicy: 'every', categories: { ...defaultSettings().categories, event: false } }),
    );
  });

  it('rejects text that is not JSON', () => {
    expect(parseImportedSettings('{oops')).toEqual({ ok: false, problems: [{ key: 'optionsImportNotJson', values: [] }] });
  });

  it.each(['"nonsense"', '42', 'null', '[]', '{}'])('rejects %s as not a settings file', (text) => {
    expect(problemKeys(text)).toEqual(['optionsImportNotSettings']);
  });

  it('imports and checks the highlight scope', () => {
    const result = parseImportedSettings(JSON.stringify({ highlightScope: 'all' }));
    expect(result).toEqual({ ok: true, settings: { ...defaultSettings(), highlightScope: 'all' } });
    expect(problemKeys(JSON.stringify({ highlightScope: 'everything' }))).toEqual(['optionsImportBadHighlightScope']);
  });

  it('imports and checks the figure check switch', () => {
    const result = parseImportedSettings(JSON.stringify({ checkFigures: false }));
    expect(result).toEqual({ ok: true, settings: { ...defaultSettings(), checkFigures: false } });
    expect(problemKeys(JSON.stringify({ checkFigures: 'no' }))).toEqual(['optionsImportBadBoolean']);
  });

  it('rejects a file with a wrong type and says which field', () => {
    expect(problemKeys(JSON.stringify({ mentionPolicy: 'sometimes' }))).toEqual(['optionsImportBadMentionPolicy']);
    const result = parseImportedSettings(JSON.stringify({ enabled: 'yes' }));
    expect(!result.ok && result.problems[0]!.values).toEqual(['enabled']);
  });

  it('lists every problem at once', () => {
    const text = JSON.stringify({ cardTrigger: 'click', hoverDelayMs: -1, categories: { person: 'off', weather: true } });
    expect(problemKeys(text)).toEqual([
      'optionsImportBadCardTrigger',
      'optionsImportBadHoverDelay',
      'optionsImportBadBoolean',
      'optionsImportUnknownCategory',
    ]);
  });

  it('rejects an invalid site pattern rather than importing half the file', () => {
    const result = parseImportedSettings(JSON.stringify({ enabled: false, excludedSites: ['ok.com', 'bad site'] }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]).toEqual({ key: 'optionsSiteErrorHostname', values: ['bad site'] });
  });

  it('rejects a site list that is not a list of text', () => {
    expect(problemKeys(JSON.stringify({ excludedSites: 'a.com' }))).toEqual(['optionsImportBadSiteList']);
    const result = parseImportedSettings(JSON.stringify({ excludedSites: ['ok.com', 42] }));
    expect(!result.ok && result.problems).toEqual([{ key: 'optionsImportSiteNotText', values: ['42'] }]);
  });

  it('lists every problem of a file with an unknown field, not only the unknown field', () => {
    const text = JSON.stringify({ mentions: 'all', enabled: 'yes', categories: { weather: true }, excludedSites: [42] });
    expect(problemKeys(text)).toEqual([
      'optionsImportUnknownFields',
      'optionsImportBadBoolean',
      'optionsImportUnknownCategory',
      'optionsImportSiteNotText',
    ]);
  });

  it.each([{ version: 1 }, { version: SETTINGS_VERSION }, { settings: { version: 1 } }])(
    'refuses %j, which holds no settings, instead of resetting them all to the defaults',
    (file) => {
      expect(problemKeys(JSON.stringify(file))).toEqual(['optionsImportNoSettings']);
    },
  );

  it('rejects a site list storage.sync could not hold', () => {
    const many = Array.from({ length: MAX_EXCLUDED_SITES + 1 }, (_, i) => `site${i}.com`);
    expect(problemKeys(JSON.stringify({ excludedSites: many }))).toEqual(['optionsImportTooManySites']);
    const long = Array.from({ length: 110 }, (_, i) => `${'a'.repeat(60)}${i}.example.com`);
    expect(problemKeys(JSON.stringify({ excludedSites: long }))).toEqual(['optionsImportTooManySites']);
  });

  it('rejects unknown keys and names them', () => {
    const result = parseImportedSettings(JSON.stringify({ colour: 'red', enabled: true }));
    expect(!result.ok && result.problems).toEqual([{ key: 'optionsImportUnknownFields', values: ['colour'] }]);
  });

  it('rejects a file from a newer version instead of guessing what it means', () => {
    expect(problemKeys(JSON.stringify({ version: SETTINGS_VERSION + 1 }))).toEqual(['optionsImportNewerVersion']);
    expect(problemKeys(JSON.stringify({ version: 'two' }))).toEqual(['optionsImportBadVersion']);
  });

  it('rejects broken version-1 fields', () => {
    expect(problemKeys(JSON.stringify({ version: 1, everyMention: 'yes' }))).toEqual(['optionsImportBadBoolean']);
    expect(problemKeys(JSON.stringify({ version: 1, disabledCategories: 'person' }))).toEqual(['optionsImportBadCategories']);
    expect(problemKeys(JSON.stringify({ version: 1, disabledCategories: ['weather'] }))).toEqual(['optionsImportUnknownCategory']);
  });
});
