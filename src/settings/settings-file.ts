/**
 * Settings as a file the user exports and imports. Unlike `mergeSettings`,
 * which repairs what storage holds, an import refuses anything it does not
 * fully understand: it applies whole or not at all, and says why not.
 */
import { CATEGORIES } from '../model/entity';
import {
  DEFAULT_SETTINGS,
  HOVER_DELAY_RANGE,
  MAX_EXCLUDED_SITES,
  SETTINGS_VERSION,
  SYNC_ITEM_QUOTA_BYTES,
  VERSION_1_FIELDS,
  isBoolean,
  isCardTrigger,
  isHighlightScope,
  isCategory,
  isHoverDelay,
  isMentionPolicy,
  isObject,
  mergeSettings,
  migrateSettings,
  storedSize,
  type Settings,
} from './settings';
import { settingsProblem, type SettingsProblem } from './settings-problem';
import { parseSitePattern } from './site-patterns';

export const SETTINGS_FILE_NAME = 'geolens-settings.json';
/** A real settings file is a few kilobytes; anything far larger is the wrong file, and is not worth reading. */
export const MAX_SETTINGS_FILE_BYTES = 64 * 1024;

export type ImportResult = { ok: true; settings: Settings } | { ok: false; problems: SettingsProblem[] };

/** The file export writes: the stored settings, readable. */
export function settingsFileText(settings: Settings): string {
  return JSON.stringify(mergeSettings(settings), null, 2) + '\n';
}

/** Accepts a file `settingsFileText` wrote, from this version or an older one, or a `{ "settings": … }` wrapper. */
export function parseImportedSettings(text: string): ImportResult {
  const refuse = (...problems: SettingsProblem[]): ImportResult => ({ ok: false, problems });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse(settingsProblem('optionsImportNotJson'));
  }
  const body = isObject(value) && isObject(value.settings) ? value.settings : value;
  if (!isObject(body) || Object.keys(body).length === 0) return refuse(settingsProblem('optionsImportNotSettings'));

  // A newer file's fields may mean what this version cannot know: nothing else in it is judged.
  const version = body.version;
  if (typeof version === 'number' && Number.isInteger(version) && version > SETTINGS_VERSION) {
    return refuse(settingsProblem('optionsImportNewerVersion'));
  }
  const problems: SettingsProblem[] = [];
  if ('version' in body && !(typeof version === 'number' && Number.isInteger(version) && version >= 1)) {
    problems.push(settingsProblem('optionsImportBadVersion'));
  }
  const known = new Set<string>([...Object.keys(DEFAULT_SETTINGS), ...VERSION_1_FIELDS]);
  const unknown = Object.keys(body).filter((key) => !known.has(key));
  if (unknown.length) problems.push(settingsProblem('optionsImportUnknownFields', unknown.join(', ')));
  // Every problem at once: the fields this version knows are checked even beside unknown ones.
  const knownFields = Object.fromEntries(Object.entries(body).filter(([key]) => known.has(key)));
  const fields = Object.keys(knownFields).filter((key) => key !== 'version');
  if (fields.length === 0 && problems.length === 0) return refuse(settingsProblem('optionsImportNoSettings'));
  problems.push(...versionOneProblems(knownFields), ...currentProblems(migrateSettings(knownFields)));
  if (problems.length) return refuse(...problems);
  const settings = mergeSettings(body);
  if (storedSize(settings) > SYNC_ITEM_QUOTA_BYTES) return refuse(settingsProblem('optionsImportTooManySites', MAX_EXCLUDED_SITES));
  return { ok: true, settings };
}

function versionOneProblems(body: Record<string, unknown>): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if ('everyMention' in body && !isBoolean(body.everyMention)) problems.push(settingsProblem('optionsImportBadBoolean', 'everyMention'));
  if ('disabledCategories' in body && !Array.isArray(body.disabledCategories)) {
    problems.push(settingsProblem('optionsImportBadCategories'));
  }
  return problems;
}

function currentProblems(raw: Record<string, unknown>): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  for (const field of ['enabled', 'checkFigures'] as const) {
    if (field in raw && !isBoolean(raw[field])) problems.push(settingsProblem('optionsImportBadBoolean', field));
  }
  if ('mentionPolicy' in raw && !isMentionPolicy(raw.mentionPolicy)) problems.push(settingsProblem('optionsImportBadMentionPolicy'));
  if ('cardTrigger' in raw && !isCardTrigger(raw.cardTrigger)) problems.push(settingsProblem('optionsImportBadCardTrigger'));
  if ('highlightScope' in raw && !isHighlightScope(raw.highlightScope)) problems.push(settingsProblem('optionsImportBadHighlightScope'));
  if ('hoverDelayMs' in raw && !isHoverDelay(raw.hoverDelayMs)) {
    problems.push(settingsProblem('optionsImportBadHoverDelay', HOVER_DELAY_RANGE.min, HOVER_DELAY_RANGE.max));
  }
  if ('categories' in raw) {
    if (!isObject(raw.categories)) problems.push(settingsProblem('optionsImportBadCategories'));
    else
      for (const [name, on] of Object.entries(raw.categories)) {
        if (!isCategory(name)) problems.push(settingsProblem('optionsImportUnknownCategory', name, CATEGORIES.join(', ')));
        else if (!isBoolean(on)) problems.push(settingsProblem('optionsImportBadBoolean', `categories.${name}`));
      }
  }
  if ('excludedSites' in raw) {
    if (!Array.isArray(raw.excludedSites)) problems.push(settingsProblem('optionsImportBadSiteList'));
    else if (raw.excludedSites.length > MAX_EXCLUDED_SITES) problems.push(settingsProblem('optionsImportTooManySites', MAX_EXCLUDED_SITES));
    else
      for (const site of raw.excludedSites) {
        const parsed =
          typeof site === 'string' ? parseSitePattern(site) : { ok: false as const, problem: settingsProblem('optionsImportSiteNotText', JSON.stringify(site)) };
        if (!parsed.ok) problems.push(parsed.problem);
      }
  }
  return problems;
}
