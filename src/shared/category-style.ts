/**
 * Category labels and colours, shared by the card, popup and options. The
 * page highlight colours in `content/highlights.css` use the same hues; a
 * unit test keeps the two in step.
 */
import type { Category } from '../model/entity';
import type { MessageKey } from './i18n';

export const CATEGORY_STYLE: Record<Category, { label: MessageKey; plural: MessageKey; rgb: string }> = {
  country: { label: 'categoryCountry', plural: 'categoryCountryPlural', rgb: '59 130 246' },
  person: { label: 'categoryPerson', plural: 'categoryPersonPlural', rgb: '236 72 153' },
  place: { label: 'categoryPlace', plural: 'categoryPlacePlural', rgb: '16 185 129' },
  organization: { label: 'categoryOrganization', plural: 'categoryOrganizationPlural', rgb: '245 158 11' },
  initiative: { label: 'categoryInitiative', plural: 'categoryInitiativePlural', rgb: '139 92 246' },
  event: { label: 'categoryEvent', plural: 'categoryEventPlural', rgb: '239 68 68' },
};
