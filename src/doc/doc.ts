import { NewsgraphError } from './errors.js';
import type {
  CharOffset,
  CodedEvent,
  Entity,
  Mention,
  Published,
  Quote,
  Span,
  TimeExpression,
} from './types.js';

/** The layers a component can require or assign; the pipeline checks the order against them. */
export type LayerName =
  | 'tokens'
  | 'sentences'
  | 'pos'
  | 'mentions'
  | 'entities'
  | 'times'
  | 'published'
  | 'quotes'
  | 'events';

/** Universal POS tags (UD v2); the `pos` layer holds indices into this table. */
export const UPOS_TAGS = [
  'ADJ',
  'ADP',
  'ADV',
  'AUX',
  'CCONJ',
  'DET',
  'INTJ',
  'NOUN',
  'NUM',
  'PART',
  'PRON',
  'PROPN',
  'PUNCT',
  'SCONJ',
  'SYM',
  'VERB',
  'X',
] as const;
export type UposTag = (typeof UPOS_TAGS)[number];

export interface Sentence extends Span {
  /** First token index (inclusive) and last (exclusive) in the token layer. */
  readonly firstToken: number;
  readonly endToken: number;
}

/**
 * Tokens as one flat typed array of stride 2: `[start0, end0, start1, end1, …]`, so a 1 MB article
 * does not allocate one object per token.
 */
export class TokenLayer {
  private offsets: Int32Array;
  private size = 0;

  constructor(capacity = 256) {
    this.offsets = new Int32Array(capacity * 2);
  }

  get length(): number {
    return this.size;
  }

  push(start: CharOffset, end: CharOffset): void {
    if (this.size * 2 === this.offsets.length) {
      const grown = new Int32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[this.size * 2] = start;
    this.offsets[this.size * 2 + 1] = end;
    this.size++;
  }

  start(index: number): CharOffset {
    return this.offsets[index * 2] as number;
  }

  end(index: number): CharOffset {
    return this.offsets[index * 2 + 1] as number;
  }

  /** Index of the first token whose end is after `offset` (binary search), or `length`. */
  indexAt(offset: CharOffset): number {
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.end(mid) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export interface DocContext {
  /** Publication date as given or found by extraction; the times stage may infer it. */
  published: Published;
  url: string | null;
}

/** Article text plus stand-off span layers, filled in by pipeline components. */
export class Doc {
  readonly text: string;
  readonly context: DocContext;
  tokens = new TokenLayer();
  sentences: Sentence[] = [];
  /** Part of speech per token, index-aligned with `tokens`: `UPOS_TAGS[doc.pos[i]]`. */
  pos: Uint8Array = new Uint8Array(0);
  mentions: Mention[] = [];
  entities: Entity[] = [];
  times: TimeExpression[] = [];
  quotes: Quote[] = [];
  events: CodedEvent[] = [];
  private readonly assigned = new Set<LayerName>();
  /** Token texts, plain and lower-cased, built on first use for the token layer they were read from. */
  private words: { layer: TokenLayer; texts: string[]; lowered: string[] } | undefined;

  constructor(text: string, context?: Partial<DocContext>) {
    this.text = text;
    this.context = {
      published: context?.published ?? { value: null, source: null },
      url: context?.url ?? null,
    };
  }

  /** The one way to make a span: checks that `[start, end)` lies inside the text. */
  span(start: CharOffset, end: CharOffset): Span {
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
      throw new NewsgraphError('NG_E009', undefined, `[${start}, ${end})`);
    }
    if (end > this.text.length) {
      throw new NewsgraphError(
        'NG_E009',
        undefined,
        `[${start}, ${end}) beyond ${this.text.length}`,
      );
    }
    return { start, end };
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  tokenText(index: number): string {
    const { texts } = this.tokenWords();
    if (index >= 0 && index < texts.length) return texts[index] as string;
    return this.text.slice(this.tokens.start(index), this.tokens.end(index));
  }

  /** `tokenText(index).toLowerCase()`, computed once per token: stages look words up per token. */
  lowerTokenText(index: number): string {
    const { lowered } = this.tokenWords();
    if (index >= 0 && index < lowered.length) return lowered[index] as string;
    return this.tokenText(index).toLowerCase();
  }

  /**
   * Every token's text and lower-cased text, rebuilt when the token layer is replaced or grows
   * (tokens are only ever appended).
   */
  tokenWords(): { readonly texts: readonly string[]; readonly lowered: readonly string[] } {
    const words = this.words;
    if (words && words.layer === this.tokens && words.texts.length === this.tokens.length) {
      return words;
    }
    const texts: string[] = new Array(this.tokens.length);
    const lowered: string[] = new Array(this.tokens.length);
    for (let i = 0; i < texts.length; i++) {
      const text = this.text.slice(this.tokens.start(i), this.tokens.end(i));
      texts[i] = text;
      lowered[i] = text.toLowerCase();
    }
    this.words = { layer: this.tokens, texts, lowered };
    return this.words;
  }

  /** The sentence containing `offset`, or undefined. */
  sentenceAt(offset: CharOffset): Sentence | undefined {
    return this.sentences[this.sentenceIndexAt(offset)];
  }

  /** The index of the sentence containing `offset`, or -1. */
  sentenceIndexAt(offset: CharOffset): number {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const sentence = this.sentences[mid] as Sentence;
      if (offset < sentence.start) hi = mid - 1;
      else if (offset >= sentence.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** Restores document order of the mentions after some were added, and each entity's list of them. */
  reindexMentions(): void {
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const entity of this.entities) entity.mentions = [];
    this.mentions.forEach((mention, index) => {
      this.entities[mention.entity]?.mentions.push(index);
    });
  }

  /** The publication date without its time of day (`2022-10-26T18:00Z` → `2022-10-26`), or null. */
  get publishedDate(): string | null {
    return /^\d{4}(?:-\d{2}(?:-\d{2})?)?/u.exec(this.context.published.value ?? '')?.[0] ?? null;
  }

  markAssigned(layer: LayerName): void {
    this.assigned.add(layer);
  }

  has(layer: LayerName): boolean {
    return this.assigned.has(layer);
  }
}
