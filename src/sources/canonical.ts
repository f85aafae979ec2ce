import { createHash } from 'node:crypto';

/** Query parameters that only track the click (campaigns, ad and social click ids, mail lists). */
const TRACKING = [
  /^utm_/iu,
  /^(?:fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|ocid|cmpid|ncid|sr_share|smid|guccounter)$/iu,
];

/**
 * A URL in the form duplicates share: host lower-cased, default port and fragment dropped,
 * tracking parameters removed (the others keep their order). Unparseable input is returned as is.
 */
export function canonicalUrl(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href;
  }
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) {
    if (TRACKING.some((pattern) => pattern.test(key))) url.searchParams.delete(key);
  }
  if (url.search === '?') url.search = '';
  return url.href;
}

/** Remembers content digests (16 bytes each) to drop exact duplicates. */
export class DuplicateFilter {
  private readonly seen = new Set<string>();
  dropped = 0;

  /** True the first time these bytes are seen. */
  isNew(bytes: Uint8Array): boolean {
    const digest = createHash('sha256').update(bytes).digest('base64').slice(0, 22);
    if (this.seen.has(digest)) {
      this.dropped++;
      return false;
    }
    this.seen.add(digest);
    return true;
  }
}
