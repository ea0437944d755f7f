/**
 * Every runtime message Geolens sends, as one typed union. Settings are not
 * messages: they travel through `storage.onChanged` only.
 */
import type { Category } from '../dataset/types';

export interface PageMention {
  entityId: string;
  name: string;
  category: Category;
  /** The page text of the first mention. */
  text: string;
  /** Occurrences in the annotatable text. */
  count: number;
  /** Occurrences highlighted under the current settings. */
  highlighted: number;
}

export interface PageAnnotations {
  url: string;
  mentions: PageMention[];
}

export type Message =
  | { type: 'page-annotations' }
  /** Content script → worker: the top frame's annotation count changed (for the badge). */
  | { type: 'annotations-changed'; count: number };

export type MessageResponse<M extends Message> = M extends { type: 'page-annotations' }
  ? PageAnnotations
  : void;

export function isMessage(value: unknown): value is Message {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return type === 'page-annotations' || type === 'annotations-changed';
}
