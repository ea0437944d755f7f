/**
 * The page's side of the relation rule (src/relevance/fact-relation.ts):
 * which entities the main content names, and which topics the paragraphs
 * around an entity's mentions are about. Paragraph text is read only for the
 * entities the rule asks about, and at most `TOPIC_MENTIONS` paragraphs each.
 */
import type { Category } from '../dataset/types';
import { relatedEntities, type FactLink, type PageRelationContext } from '../relevance/fact-relation';
import type { TopicMatcher } from '../relevance/topic-words';
import type { MentionStore } from './mention-store';

/** What counts as "near" a mention: the block of text it sits in. */
export const BLOCK_SELECTOR = 'p,li,dd,dt,h1,h2,h3,h4,h5,h6,td,th,blockquote,figcaption,caption,article,section';
/** Paragraphs read per entity for topic words: the article's first few mentions say what it is about. */
const TOPIC_MENTIONS = 8;
/** A block longer than this is a whole section, not a paragraph: only this much around the mention is read. */
const TOPIC_WINDOW_CHARS = 600;

export interface RelevanceSource {
  factsOf(entityId: string): readonly FactLink[];
  /** The category of any entity a fact names, met on the page or not. */
  categoryOf(entityId: string): Category | undefined;
  topics: TopicMatcher;
}

export class PageRelevance {
  private named: ReadonlySet<string> = new Set();
  /** Per entity: the text around its first main-content mentions, and how many mentions that covered. */
  private readonly nearText = new Map<string, { mentions: number; text: string }>();

  constructor(
    private readonly store: MentionStore<Text>,
    private readonly source: RelevanceSource,
  ) {}

  /** Works the related entities out again from what the main content names now. */
  update(): Set<string> {
    this.named = this.store.namedInMain();
    return relatedEntities(this.named, (id) => this.source.factsOf(id), this.context());
  }

  /** The page as the relation rule sees it, for ranking a card's facts. */
  context(): PageRelationContext {
    return {
      named: this.named,
      isCountry: (id) => this.source.categoryOf(id) === 'country',
      isSpecific: (id) => {
        const category = this.source.categoryOf(id);
        return category !== undefined && category !== 'country' && category !== 'place';
      },
      topicNear: (id, topic) => this.source.topics.has(this.textNear(id), topic),
    };
  }

  private textNear(entityId: string): string {
    const mentions = this.store.mainMentionsOf(entityId, TOPIC_MENTIONS);
    const known = this.nearText.get(entityId);
    if (known && known.mentions === mentions.length) return known.text;
    const blocks = new Set<Element>();
    const parts: string[] = [];
    for (const mention of mentions) {
      const parent = mention.node.parentElement;
      const block = parent?.closest(BLOCK_SELECTOR) ?? parent;
      if (!block || blocks.has(block)) continue;
      blocks.add(block);
      const text = block.textContent ?? '';
      if (text.length <= TOPIC_WINDOW_CHARS) parts.push(text);
      else {
        const data = mention.node.data;
        parts.push(data.slice(Math.max(0, mention.start - TOPIC_WINDOW_CHARS / 2), mention.end + TOPIC_WINDOW_CHARS / 2));
      }
    }
    const text = parts.join('\n');
    this.nearText.set(entityId, { mentions: mentions.length, text });
    return text;
  }
}
