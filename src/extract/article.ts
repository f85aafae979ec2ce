import type { Published } from '../doc/types.js';

export interface RelatedLink {
  title: string;
  url: string | null;
}

/** What extraction makes of one page: the story's body and what is known about it. */
export interface Article {
  title: string | null;
  standfirst: string | null;
  /** The story's body only, no headline; paragraphs separated by blank lines. */
  text: string;
  url: string | null;
  site: string | null;
  byline: string | null;
  language: string | null;
  published: Published;
  related: RelatedLink[];
}
