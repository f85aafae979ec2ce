import { Doc } from '../doc/doc.js';
import { NewsgraphError } from '../doc/errors.js';
import { Pipeline } from '../doc/pipeline.js';
import type { Published } from '../doc/types.js';
import type { Article } from '../extract/article.js';
import { articleFromBody, extractArticle } from '../extract/extract.js';
import type { RawDocument } from '../sources/raw-document.js';
import type { Analysis } from './analysis.js';
import { defaultComponents } from './components.js';
import { defaultResources, type Resources } from './resources.js';
import { toAnalysis } from './to-analysis.js';

export interface AnalyzerOptions {
  /** Publication date given by the user (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); wins over the page's. */
  published?: string;
  /** Component names to switch off (`--disable quotes`). */
  disable?: readonly string[];
  resources?: Resources;
}

const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/u;

export function parsePublished(value: string, input = '--published'): Published {
  if (!ISO_DATE.test(value)) throw new NewsgraphError('NG_E008', input, `not a date: ${value}`);
  return { value, source: 'given' };
}

/** Extraction plus the analysis pipeline, built once and run per article. */
export class Analyzer {
  readonly pipeline: Pipeline;
  private readonly given: Published | undefined;

  constructor(options?: AnalyzerOptions) {
    const resources = options?.resources ?? defaultResources();
    this.pipeline = new Pipeline(defaultComponents(resources), { disable: options?.disable ?? [] });
    this.given = options?.published ? parsePublished(options.published) : undefined;
  }

  analyzeArticle(article: Article, published?: Published): Analysis {
    const date = published ?? this.given ?? article.published;
    const doc = new Doc(article.text, { published: { ...date }, url: article.url });
    this.pipeline.run(doc);
    return toAnalysis(article, doc);
  }

  /** A page (HTML or plain text): boilerplate is removed before analysis. */
  analyzeRaw(raw: RawDocument, published?: Published): Analysis {
    return this.analyzeArticle(extractArticle(raw), published);
  }

  /** An article body extracted elsewhere: analysed verbatim, so offsets index it as given. */
  analyzeBody(body: string, meta?: { url?: string; published?: Published }): Analysis {
    const article = articleFromBody(body, { url: meta?.url });
    return this.analyzeArticle(article, meta?.published);
  }
}
