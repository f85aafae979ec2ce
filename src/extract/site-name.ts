import { TITLE_SEPARATORS } from './vocabulary.js';

/** A site name is a short label: "BBC News", "The Coastal Courier", "Jamaica Gleaner". */
const MAX_SITE_WORDS = 5;
const MAX_SITE_LENGTH = 40;

/**
 * The site's name from a `<title>` like "Headline - Site Name" or "Headline | Site": the last part
 * when it is short, has a letter and is not a date, the headline before it has some words, and it
 * names the host ("PCMag" pcmag.com, "Jamaica Gleaner" jamaica-gleaner.com, "Jamaica Information
 * Service" jis.gov.jm), not a place or a section.
 */
export function siteFromTitle(title: string | null, host: string | null): string | null {
  if (!title) return null;
  const clean = title.replace(/\s+/g, ' ').trim();
  for (const sep of TITLE_SEPARATORS) {
    const at = clean.lastIndexOf(sep);
    if (at <= 0) continue;
    const head = clean.slice(0, at).trim();
    const tail = clean.slice(at + sep.length).trim();
    const words = tail.split(' ').length;
    if (words > MAX_SITE_WORDS || tail.length > MAX_SITE_LENGTH || !/\p{L}/u.test(tail)) continue;
    if (/\d{1,4}[./-]\d{1,2}[./-]\d{1,4}/.test(tail) || head.split(' ').length < 2) continue;
    return host === null || namesHost(tail, host) ? tail : null;
  }
  return null;
}

function namesHost(name: string, host: string): boolean {
  const words = name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
  const compact = words.join('');
  const initials = words.map((w) => w[0]).join('');
  const labels = host
    .toLowerCase()
    .split('.')
    .slice(0, -1)
    .flatMap((l) => [l, l.replace(/-/g, '')])
    .filter((l) => l.length >= 2 && l !== 'www');
  return labels.some(
    (l) => l === initials || compact.includes(l) || (compact.length >= 4 && l.includes(compact)),
  );
}

/**
 * "Headline | Site" → "Headline": the last part goes when it is the site or a short name; twice,
 * for "Headline | Site | 22.08.2020".
 */
export function stripSiteSuffix(title: string, site: string | null): string {
  const once = stripOnce(title.replace(/\s+/g, ' ').trim(), site);
  return stripOnce(once, site);
}

function stripOnce(clean: string, site: string | null): string {
  for (const sep of TITLE_SEPARATORS) {
    const at = clean.lastIndexOf(sep);
    if (at <= 0) continue;
    const head = clean.slice(0, at).trim();
    const tail = clean.slice(at + sep.length).trim();
    const isSite = site !== null && tail.toLowerCase().includes(site.toLowerCase());
    if (isSite || (tail.split(' ').length <= 4 && head.split(' ').length >= 3)) return head;
  }
  return clean;
}
