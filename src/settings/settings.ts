/**
 * Settings: typed defaults, a merge over whatever storage holds, and
 * migrations. Storage (`storage.sync`, key `settings`) is the only source of
 * truth; every part of the extension reads it through `settings-store.ts`
 * and reacts to `storage.onChanged`. This module is pure so it can be tested
 * without a browser.
 */
import { CATEGORIES, type Category } from '../dataset/types';
import { isSiteExcluded, parseSitePattern } from './site-patterns';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

export type MentionPolicy = 'first' | 'every';
export type CardTrigger = 'hover' | 'modifier';

export interface Settings {
  version: number;
  /** The global switch. */
  enabled: boolean;
  categories: Record<Category, boolean>;
  mentionPolicy: MentionPolicy;
  /** Dwell before a card opens: long enough that sweeping the pointer across text opens nothing. */
  hoverDelayMs: number;
  cardTrigger: CardTrigger;
  /** Hostnames and `*.domain` patterns where Geolens never runs. */
  excludedSites: string[];
}

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;
/** storage.sync allows 8 KB per item; keep well under it. */
export const MAX_EXCLUDED_SITES = 500;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  categories: Object.freeze(Object.fromEntries(CATEGORIES.map((c) => [c, true]))) as Record<Category, boolean>,
  mentionPolicy: 'first',
  hoverDelayMs: 250,
  cardTrigger: 'hover',
  excludedSites: Object.freeze([]) as unknown as string[],
});

export function defaultSettings(): Settings {
  return structuredClone({ ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories }, excludedSites: [] });
}

type Raw = Record<string, unknown>;

/**
 * Older shapes, oldest first. v1 (0.1 previews) kept `disabledCategories: string[]`
 * and `everyMention: boolean`.
 */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  1: (raw) => {
    const { disabledCategories, everyMention, ...rest } = raw;
    const categories: Raw = {};
    if (Array.isArray(disabledCategories)) for (const c of disabledCategories) if (typeof c === 'string') categories[c] = false;
    return {
      ...rest,
      categories: { ...(isObject(rest.categories) ? rest.categories : {}), ...categories },
      mentionPolicy: everyMention === true ? 'every' : everyMention === false ? 'first' : rest.mentionPolicy,
      version: 2,
    };
  },
};

export function migrateSettings(raw: Raw): Raw {
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : SETTINGS_VERSION;
  let current = raw;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    current = step ? step(current) : current;
    version += 1;
  }
  return current;
}

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const pick = <T>(value: unknown, valid: (v: unknown) => v is T, fallback: T): T => (valid(value) ? value : fallback);
const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isPolicy = (v: unknown): v is MentionPolicy => v === 'first' || v === 'every';
const isTrigger = (v: unknown): v is CardTrigger => v === 'hover' || v === 'modifier';
const isDelay = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= HOVER_DELAY_RANGE.min && v <= HOVER_DELAY_RANGE.max;

/**
 * Whatever storage holds (nothing, garbage, a partial or older object) becomes
 * a complete Settings: each field that is missing or invalid falls back to its
 * default on its own, so one bad field never resets the others.
 */
export function mergeSettings(stored: unknown): Settings {
  const defaults = defaultSettings();
  if (!isObject(stored)) return defaults;
  const raw = migrateSettings(stored);
  const storedCategories = isObject(raw.categories) ? raw.categories : {};
  const categories = { ...defaults.categories };
  for (const category of CATEGORIES) categories[category] = pick(storedCategories[category], isBoolean, true);
  const sites = Array.isArray(raw.excludedSites) ? raw.excludedSites : [];
  const excludedSites: string[] = [];
  for (const site of sites.slice(0, MAX_EXCLUDED_SITES)) {
    if (typeof site !== 'string') continue;
    const parsed = parseSitePattern(site);
    if (parsed.ok && !excludedSites.includes(parsed.pattern)) excludedSites.push(parsed.pattern);
  }
  return {
    version: SETTINGS_VERSION,
    enabled: pick(raw.enabled, isBoolean, defaults.enabled),
    categories,
    mentionPolicy: pick(raw.mentionPolicy, isPolicy, defaults.mentionPolicy),
    hoverDelayMs: pick(raw.hoverDelayMs, isDelay, defaults.hoverDelayMs),
    cardTrigger: pick(raw.cardTrigger, isTrigger, defaults.cardTrigger),
    excludedSites,
  };
}

/**
 * Validates a settings file the user imports. Unlike `mergeSettings`, it
 * refuses rather than repairs: an import either applies whole or not at all.
 */
export function parseImportedSettings(json: string): { ok: true; settings: Settings } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: 'This file is not JSON.' };
  }
  const body = isObject(value) && isObject(value.settings) ? value.settings : value;
  if (!isObject(body)) return { ok: false, error: 'This file does not hold Geolens settings (expected a JSON object).' };
  const known = new Set(Object.keys(DEFAULT_SETTINGS).concat(['disabledCategories', 'everyMention']));
  const unknown = Object.keys(body).filter((key) => !known.has(key));
  if (unknown.length) return { ok: false, error: `Unknown setting${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.` };
  const raw = migrateSettings(body);
  const problems: string[] = [];
  const check = (key: string, valid: (v: unknown) => boolean, what: string) => {
    if (key in raw && !valid(raw[key])) problems.push(`${key} must be ${what}`);
  };
  check('enabled', isBoolean, 'true or false');
  check('mentionPolicy', isPolicy, '"first" or "every"');
  check('cardTrigger', isTrigger, '"hover" or "modifier"');
  check('hoverDelayMs', isDelay, `a number from ${HOVER_DELAY_RANGE.min} to ${HOVER_DELAY_RANGE.max}`);
  if ('categories' in raw) {
    if (!isObject(raw.categories)) problems.push('categories must be an object of true/false');
    else
      for (const [key, on] of Object.entries(raw.categories)) {
        if (!(CATEGORIES as readonly string[]).includes(key)) problems.push(`unknown category "${key}"`);
        else if (!isBoolean(on)) problems.push(`categories.${key} must be true or false`);
      }
  }
  if ('excludedSites' in raw) {
    if (!Array.isArray(raw.excludedSites)) problems.push('excludedSites must be a list');
    else
      for (const site of raw.excludedSites) {
        const parsed = typeof site === 'string' ? parseSitePattern(site) : { ok: false as const, error: 'not text' };
        if (!parsed.ok) problems.push(`excludedSites: ${parsed.error}`);
      }
  }
  if (problems.length) return { ok: false, error: `Not imported: ${problems.join('; ')}.` };
  return { ok: true, settings: mergeSettings(raw) };
}

/** Whether Geolens should annotate this page at all. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !isSiteExcluded(hostname, settings.excludedSites);
}
