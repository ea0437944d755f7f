/**
 * Settings: typed defaults, a merge over whatever storage holds, and
 * migrations. Storage (`storage.sync`, key `settings`) is the only source of
 * truth; every part of the extension reads it through `settings-store.ts`
 * and reacts to `storage.onChanged`. This module is pure so it can be tested
 * without a browser.
 */
import { CATEGORIES, type Category } from '../model/entity.ts';
import { isSiteExcluded, parseSitePattern } from './site-patterns.ts';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

export type MentionPolicy = 'first' | 'every';
export type CardTrigger = 'hover' | 'modifier';
/** Which entities get a highlight: only those with facts that relate to the page, or every entity found. */
export type HighlightScope = 'related' | 'all';

export interface Settings {
  version: number;
  /** The global switch. */
  enabled: boolean;
  categories: Record<Category, boolean>;
  mentionPolicy: MentionPolicy;
  highlightScope: HighlightScope;
  /** Dwell before a card opens: long enough that sweeping the pointer across text opens nothing. */
  hoverDelayMs: number;
  cardTrigger: CardTrigger;
  /** Mark the figures a page states for a metric the sources give, and show the sourced ones beside them. */
  checkFigures: boolean;
  /** Hostnames and `*.domain` patterns where Geolens never runs. */
  excludedSites: string[];
}

export const HOVER_DELAY_RANGE = { min: 0, max: 2000 } as const;
/** A cap on the list, so a runaway import or sync cannot make every page check thousands of rules. */
export const MAX_EXCLUDED_SITES = 500;
/**
 * storage.sync refuses an item whose key plus JSON is larger than this
 * (`chrome.storage.sync.QUOTA_BYTES_PER_ITEM`); the site list is what can
 * grow towards it.
 */
export const SYNC_ITEM_QUOTA_BYTES = 8192;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  categories: Object.freeze(Object.fromEntries(CATEGORIES.map((c) => [c, true]))) as Record<Category, boolean>,
  mentionPolicy: 'first',
  // A reader of a page Geolens's sources say nothing about is better served by no marks than by
  // marks that open cards of unrelated facts (docs/relevance.md).
  highlightScope: 'related',
  hoverDelayMs: 250,
  cardTrigger: 'hover',
  // On: marks are rare by design (a figure is checked only when its metric is certain,
  // docs/figure-check.md), and a reader who meets a claimed figure gains from seeing the sourced one.
  checkFigures: true,
  // No sites are excluded out of the box; users add their own (webmail, banking) if they wish.
  excludedSites: Object.freeze([]) as unknown as string[],
});

export function defaultSettings(): Settings {
  return { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories }, excludedSites: [...DEFAULT_SETTINGS.excludedSites] };
}

type Raw = Record<string, unknown>;

export function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
export const isMentionPolicy = (v: unknown): v is MentionPolicy => v === 'first' || v === 'every';
export const isHighlightScope = (v: unknown): v is HighlightScope => v === 'related' || v === 'all';
export const isCardTrigger = (v: unknown): v is CardTrigger => v === 'hover' || v === 'modifier';
export const isHoverDelay = (v: unknown): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= HOVER_DELAY_RANGE.min && v <= HOVER_DELAY_RANGE.max;
export const isCategory = (v: unknown): v is Category => (CATEGORIES as readonly unknown[]).includes(v);

/** Fields that only version 1 had; `migrateSettings` turns them into current ones. */
export const VERSION_1_FIELDS = ['disabledCategories', 'everyMention'] as const;

/**
 * Each step turns version n into n + 1. v1 (the 0.1 previews) kept
 * `disabledCategories: string[]` and `everyMention: boolean`.
 */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  1: (raw) => {
    const { disabledCategories, everyMention, ...rest } = raw;
    const categories: Raw = { ...(isObject(rest.categories) ? rest.categories : {}) };
    if (Array.isArray(disabledCategories)) for (const c of disabledCategories) if (typeof c === 'string') categories[c] = false;
    const migrated: Raw = { ...rest, categories, version: 2 };
    if (isBoolean(everyMention)) migrated.mentionPolicy = everyMention ? 'every' : 'first';
    return migrated;
  },
};

/**
 * The schema version a stored object was written with. v1 previews did not
 * always write `version`, so their fields give them away.
 */
export function settingsVersionOf(raw: Raw): number {
  if (typeof raw.version === 'number' && Number.isInteger(raw.version)) return raw.version;
  return VERSION_1_FIELDS.some((field) => field in raw) ? 1 : SETTINGS_VERSION;
}

export function migrateSettings(raw: Raw): Raw {
  let current = raw;
  for (let version = settingsVersionOf(raw); version < SETTINGS_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (step) current = step(current);
  }
  return current;
}

const pick = <T>(value: unknown, valid: (v: unknown) => v is T, fallback: T): T => (valid(value) ? value : fallback);

/**
 * Whatever storage holds (nothing, garbage, a partial, older or newer object)
 * becomes a complete Settings: each field that is missing or invalid falls
 * back to its default on its own, so one bad field never resets the others.
 */
export function mergeSettings(stored: unknown): Settings {
  const defaults = defaultSettings();
  if (!isObject(stored)) return defaults;
  const raw = migrateSettings(stored);
  const storedCategories = isObject(raw.categories) ? raw.categories : {};
  const categories = { ...defaults.categories };
  for (const category of CATEGORIES) categories[category] = pick(storedCategories[category], isBoolean, defaults.categories[category]);
  const sites = Array.isArray(raw.excludedSites) ? raw.excludedSites : [];
  const excludedSites: string[] = [];
  for (const site of sites) {
    if (excludedSites.length === MAX_EXCLUDED_SITES) break;
    if (typeof site !== 'string') continue;
    const parsed = parseSitePattern(site);
    if (parsed.ok && !excludedSites.includes(parsed.pattern)) excludedSites.push(parsed.pattern);
  }
  return {
    version: SETTINGS_VERSION,
    enabled: pick(raw.enabled, isBoolean, defaults.enabled),
    categories,
    mentionPolicy: pick(raw.mentionPolicy, isMentionPolicy, defaults.mentionPolicy),
    highlightScope: pick(raw.highlightScope, isHighlightScope, defaults.highlightScope),
    hoverDelayMs: pick(raw.hoverDelayMs, isHoverDelay, defaults.hoverDelayMs),
    cardTrigger: pick(raw.cardTrigger, isCardTrigger, defaults.cardTrigger),
    checkFigures: pick(raw.checkFigures, isBoolean, defaults.checkFigures),
    excludedSites,
  };
}

/** Whether what storage holds differs from what it means, i.e. a write would repair or migrate it. */
export function needsRepair(stored: unknown): boolean {
  return canonicalJson(stored) !== canonicalJson(mergeSettings(stored));
}

/** JSON with object keys sorted: storage.sync hands objects back with their keys reordered. */
function canonicalJson(value: unknown): string | undefined {
  return JSON.stringify(value, (_key, inner: unknown) =>
    isObject(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  );
}

/** How many bytes storage.sync counts for these settings (key plus JSON, as UTF-8). */
export function storedSize(settings: Settings): number {
  return new TextEncoder().encode(SETTINGS_KEY + JSON.stringify(settings)).length;
}

/** Whether Geolens should annotate this page at all. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !isSiteExcluded(hostname, settings.excludedSites);
}
