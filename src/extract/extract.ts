import { NewsgraphError } from '../doc/errors.js';
import type { Published } from '../doc/types.js';
import type { RawDocument } from '../sources/raw-document.js';
import type { Article } from './article.js';
import { type DecodeOptions, decodeBytes } from './decode.js';
import { extractHtml } from './html.js';
import { extractPlainText } from './plain-text.js';

export interface ExtractOptions extends DecodeOptions {
  /** A publication date known from outside the page (`--published`); it wins over any found. */
  published?: string;
}

const HTML_SNIFF =
  /^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)/i;
const HTML_TAGS = /<(?:p|div|br|a\s[^>]*href|title|meta|article|span)\b[^>]*>/gi;

/**
 * Raw bytes to an `Article`:
 * 1. decode (charset sniffing; NG_E001 to NG_E004);
 * 2. HTML or plain text: the source's media type when given, else a sniff of the text;
 * 3. the HTML or the plain-text extractor;
 * 4. NG_E011 when no body text is left.
 */
export function extractArticle(raw: RawDocument, options?: ExtractOptions): Article {
  const { text } = decodeBytes(raw, options);
  const html = raw.mediaType ? raw.mediaType === 'text/html' : looksLikeHtml(text);
  const found = html ? extractHtml(text, raw.url) : plainArticle(text, raw.url);
  const body = found.paragraphs.join('\n\n');
  if (body.trim() === '') throw new NewsgraphError('NG_E011', raw.name);
  const given = options?.published;
  return {
    title: found.title,
    standfirst: standfirstApart(found.standfirst, found.paragraphs),
    text: body,
    url: found.url,
    site: found.site,
    byline: found.byline,
    language: found.language,
    published: given ? { value: given, source: 'given' } : found.published,
    related: found.related,
  };
}

/** An article from a body extracted elsewhere: the text is kept verbatim and nothing is guessed. */
export function articleFromBody(
  body: string,
  meta?: { url?: string; published?: string },
): Article {
  const published: Published = meta?.published
    ? { value: meta.published, source: 'given' }
    : { value: null, source: null };
  return {
    title: null,
    standfirst: null,
    text: body,
    url: meta?.url ?? null,
    site: null,
    byline: null,
    language: null,
    published,
    related: [],
  };
}

export function looksLikeHtml(text: string): boolean {
  if (HTML_SNIFF.test(text.slice(0, 1024))) return true;
  return (text.slice(0, 64 * 1024).match(HTML_TAGS)?.length ?? 0) >= 3;
}

function plainArticle(text: string, url: string | null) {
  const found = extractPlainText(text);
  return {
    ...found,
    url,
    site: hostOf(url),
    language: null,
    published: { value: null, source: null } as Published,
  };
}

/** The description often repeats the lead paragraph (maybe cut short with "…"); then it is no standfirst. */
function standfirstApart(standfirst: string | null, paragraphs: readonly string[]): string | null {
  if (!standfirst) return null;
  const squash = (s: string) =>
    s
      .replace(/\s+/g, ' ')
      .replace(/(\.\.\.|…)$/, '')
      .trim();
  const head = squash(standfirst);
  if (head === '') return null;
  const repeated = paragraphs
    .slice(0, 3)
    .some((p) => squash(p).startsWith(head) || (p.length >= 20 && head.startsWith(squash(p))));
  return repeated ? null : standfirst.replace(/\s+/g, ' ').trim();
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}
