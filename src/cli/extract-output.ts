import type { Published } from '../doc/types.js';
import type { Article, RelatedLink } from '../extract/article.js';

/** What `newsgraph extract` prints per article (the analysis JSON's `article`, plus `source`). */
export interface ExtractedArticle {
  id?: string | null;
  url: string | null;
  title: string | null;
  standfirst: string | null;
  byline: string | null;
  published: Published;
  site: string | null;
  language: string | null;
  text: string;
  related: RelatedLink[];
  /** The input it came from: a path, a URL, `archive.warc.gz#url`, `in.jsonl line 3`. */
  source: string;
}

export type Format = 'json' | 'jsonl' | 'text';

export function toExtracted(article: Article, source: string): ExtractedArticle {
  const { url, title, standfirst, byline, published, site, language, text, related } = article;
  return { url, title, standfirst, byline, published, site, language, text, related, source };
}

/** Writes to stdout, waiting when the reader is slower so output never piles up in memory. */
export class Output {
  private count = 0;

  constructor(
    private readonly format: Format,
    private readonly stream: NodeJS.WritableStream = process.stdout,
  ) {}

  private async write(text: string): Promise<void> {
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
    }
  }

  async article(article: ExtractedArticle | object): Promise<void> {
    const first = this.count++ === 0;
    if (this.format === 'jsonl') return this.write(`${JSON.stringify(article)}\n`);
    if (this.format === 'json') {
      return this.write(`${first ? '[\n' : ',\n'}${JSON.stringify(article, null, 2)}`);
    }
    return this.write(asText(article as ExtractedArticle));
  }

  async end(): Promise<void> {
    if (this.format === 'json') await this.write(this.count === 0 ? '[]\n' : '\n]\n');
  }
}

function asText(article: ExtractedArticle): string {
  const about = [
    article.url,
    article.site,
    article.byline,
    article.published.value,
    article.language,
  ]
    .filter(Boolean)
    .join(' · ');
  const parts = [
    article.title ? `# ${article.title}` : null,
    about,
    article.standfirst,
    article.text,
  ];
  const related = article.related.map((r) => `- ${r.title}${r.url ? ` <${r.url}>` : ''}`);
  if (related.length > 0) parts.push(`Related:\n${related.join('\n')}`);
  return `${parts.filter(Boolean).join('\n\n')}\n\n${'─'.repeat(40)}\n\n`;
}
