/** Short labels for the popup's chips, where the card's "Country or region" would not fit. */
import type { Category } from '../model/entity';
import { t, type MessageKey } from '../shared/i18n';

const CATEGORY_CHIP: Record<Category, MessageKey> = {
  country: 'popupChipCountry',
  person: 'popupChipPerson',
  place: 'popupChipPlace',
  organization: 'popupChipOrganization',
  initiative: 'popupChipInitiative',
  event: 'popupChipEvent',
};

const TOPIC: Record<string, MessageKey> = {
  trade: 'popupTopicTrade',
  investment: 'popupTopicInvestment',
  energy: 'popupTopicEnergy',
  economy: 'popupTopicEconomy',
  diplomacy: 'popupTopicDiplomacy',
  security: 'popupTopicSecurity',
  infrastructure: 'popupTopicInfrastructure',
  geography: 'popupTopicGeography',
};

export function categoryChipLabel(category: Category): string {
  return t(CATEGORY_CHIP[category]);
}

/** A topic the messages do not know yet (the dataset grew) shows as the dataset writes it. */
export function topicLabel(topic: string): string {
  const key = TOPIC[topic];
  return key ? t(key) : topic;
}
