/**
 * Category labels and colours, shared by the card, popup and options. The
 * page highlight colours in `content/highlights.css` use the same hues; a
 * unit test keeps the two in step.
 */
import type { Category } from '../dataset/types';

export const CATEGORY_STYLE: Record<Category, { label: string; plural: string; rgb: string }> = {
  country: { label: 'Country or region', plural: 'Countries and regions', rgb: '59 130 246' },
  person: { label: 'Person', plural: 'People', rgb: '236 72 153' },
  place: { label: 'Place', plural: 'Places', rgb: '16 185 129' },
  organization: { label: 'Organization', plural: 'Organizations', rgb: '245 158 11' },
  initiative: { label: 'Initiative or project', plural: 'Initiatives and projects', rgb: '139 92 246' },
  event: { label: 'Event', plural: 'Events', rgb: '239 68 68' },
};
