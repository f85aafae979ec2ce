import type { Published } from '../doc/types.js';
import { elements, type HtmlDocument, textOf } from './html-dom.js';
import { readJsonLd } from './jsonld.js';
import { isoFromMeta, isoFromUrl } from './published.js';
import { siteFromTitle, stripSiteSuffix } from './site-name.js';

export interface HtmlMeta {
  title: string | null;
  description: string | null;
  byline: string | null;
  published: Published;
  site: string | null;
  url: string | null;
  language: string | null;
  /** JSON-LD `articleBody`: the story for pages that render it with scripts. */
  ldBody: string | null;
}

/** Meta names and properties that carry a publication date, most specific first. */
const DATE_META = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'parsely-pub-date',
  'sailthru.date',
  'article.published',
  'published-date',
  'dc.date.created',
];

/**
 * Reads head metadata, JSON-LD, headings and the URL, before any boilerplate is removed. The site
 * is `og:site_name`, `application-name`, the JSON-LD publisher, the `<title>`'s suffix
 * ("Headline | Site"), else the host name.
 */
export function readHtmlMeta(doc: HtmlDocument, pageUrl: string | null): HtmlMeta {
  const meta = new Map<string, string>();
  const ldScripts: string[] = [];
  let lang: string | null = null;
  let titleTag: string | null = null;
  let h1: string | null = null;
  let canonical: string | null = null;
  let time: string | null = null;
  for (const el of elements(doc)) {
    const a = el.attribs;
    if (el.name === 'html') lang ??= a.lang ?? a['xml:lang'] ?? null;
    else if (el.name === 'meta') {
      const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'])?.toLowerCase();
      const content = a.content?.trim();
      if (key && content && !meta.has(key)) meta.set(key, content);
    } else if (el.name === 'script' && a.type?.toLowerCase() === 'application/ld+json') {
      ldScripts.push(textOf(el));
    } else if (el.name === 'title') titleTag ??= textOf(el);
    else if (el.name === 'h1') h1 ??= textOf(el) || null;
    else if (el.name === 'link' && a.rel?.toLowerCase() === 'canonical')
      canonical ??= a.href ?? null;
    else if (el.name === 'time' || a.itemprop === 'datePublished') {
      time ??= a.datetime ?? a.content ?? null;
    }
  }
  const ld = readJsonLd(ldScripts);
  const site =
    meta.get('og:site_name') ??
    meta.get('application-name') ??
    ld.publisher ??
    siteFromTitle(titleTag, hostOf(pageUrl)) ??
    hostOf(pageUrl);
  const rawTitle = meta.get('og:title') ?? ld.headline ?? h1 ?? titleTag;
  const description =
    meta.get('og:description') ?? meta.get('description') ?? meta.get('twitter:description');
  const author = meta.get('author') ?? meta.get('article:author') ?? meta.get('byl');
  return {
    title: rawTitle ? stripSiteSuffix(rawTitle, site) : null,
    description: description || ld.description,
    byline: (author && !/^https?:/.test(author) ? author : null) ?? ld.author,
    published: published(ld.datePublished, meta, time, pageUrl),
    site,
    url: absolute(canonical, pageUrl) ?? absolute(meta.get('og:url') ?? null, pageUrl) ?? pageUrl,
    language: normaliseLanguage(lang ?? meta.get('content-language') ?? meta.get('og:locale')),
    ldBody: ld.articleBody,
  };
}

/**
 * Publication date, by source:
 * 1. JSON-LD `datePublished` ('jsonld');
 * 2. a date meta tag, then `<time datetime>` or `itemprop=datePublished` ('meta');
 * 3. a date in the URL path ('url').
 */
function published(
  ld: string | null,
  meta: Map<string, string>,
  time: string | null,
  url: string | null,
): Published {
  const fromLd = isoFromMeta(ld);
  if (fromLd) return { value: fromLd, source: 'jsonld' };
  for (const key of DATE_META) {
    const value = isoFromMeta(meta.get(key));
    if (value) return { value, source: 'meta' };
  }
  const fromTime = isoFromMeta(time);
  if (fromTime) return { value: fromTime, source: 'meta' };
  const fromUrl = isoFromUrl(url);
  return fromUrl ? { value: fromUrl, source: 'url' } : { value: null, source: null };
}

function normaliseLanguage(value: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2})(?:$|[-_])/i.exec(value ?? '');
  return m?.[1]?.toLowerCase() ?? null;
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') || null : null;
  } catch {
    return null;
  }
}

function absolute(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}
