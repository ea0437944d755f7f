/**
 * The page's side of the relation rule (src/relevance/fact-relation.ts):
 * which entities the main content names, and which topics the paragraphs
 * around an entity's mentions are about. Paragraph text is read only for the
 * entities the rule asks about, and at most `TOPIC_MENTIONS` paragraphs each.
 */
import type { Category } from '../model/entity';
import { relatedEntities, type FactLink, type PageRelationContext } from '../relevance/fact-relation';
import type { TopicMatcher } from '../relevance/topic-words';
import type { MentionStore } from './mention-store';

/** What counts as "near" a mention: the block of text it sits in. */
export const BLOCK_SELECTOR = 'p,li,dd,dt,h1,h2,h3,h4,h5,h6,td,th,blockquote,figcaption,caption,article,section';
/** Paragraphs read per entity for topic words: the article's first few mentions say what it is about. */
const TOPIC_MENTIONS = 4;
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
  /** Per entity: the text around its first main-content mentions, how many mentions that covered, and the topics asked of it. */
  private readonly near = new Map<string, { mentions: number; topics: Set<string> }>();
  /** The topics of each paragraph read so far: entities named in the same paragraph share the reading. */
  private readonly blockTopics = new WeakMap<Node, Set<string>>();

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
      topicNear: (id, topic) => this.topicsNear(id).has(topic),
    };
  }

  /** The topics of the block (paragraph, list item, heading…) a mention sits in, read once per block. */
  private topicsAround(mention: { node: Text; start: number; end: number }): Set<string> {
    const parent = mention.node.parentElement;
    const block: Node = parent?.closest(BLOCK_SELECTOR) ?? parent ?? mention.node;
    let topics = this.blockTopics.get(block);
    if (!topics) {
      const text = block.textContent ?? '';
      // A block longer than a paragraph is read only around the mention.
      const around =
        text.length <= TOPIC_WINDOW_CHARS
          ? text
          : mention.node.data.slice(Math.max(0, mention.start - TOPIC_WINDOW_CHARS / 2), mention.end + TOPIC_WINDOW_CHARS / 2);
      topics = this.source.topics.topicsIn(around);
      if (text.length <= TOPIC_WINDOW_CHARS) this.blockTopics.set(block, topics);
    }
    return topics;
  }

  /** The topics of the paragraphs around an entity's first main-content mentions. */
  private topicsNear(entityId: string): Set<string> {
    const known = this.near.get(entityId);
    // Settled once it covers the most mentions it reads; until then, only a new mention re-reads it.
    if (known?.mentions === TOPIC_MENTIONS) return known.topics;
    const mentions = this.store.mainMentionsOf(entityId, TOPIC_MENTIONS);
    if (known && known.mentions === mentions.length) return known.topics;
    const topics = new Set<string>();
    for (const mention of mentions) for (const topic of this.topicsAround(mention)) topics.add(topic);
    this.near.set(entityId, { mentions: mentions.length, topics });
    return topics;
  }
}
