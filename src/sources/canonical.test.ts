import { describe, expect, it } from 'vitest';
import { canonicalUrl, DuplicateFilter } from './canonical.js';

describe('canonicalUrl', () => {
  it.each([
    ['https://N.test/a?utm_source=x&utm_medium=rss&id=3#comments', 'https://n.test/a?id=3'],
    ['https://n.test:443/a?fbclid=1&gclid=2', 'https://n.test/a'],
    ['https://n.test/a?page=2&ref_id=9', 'https://n.test/a?page=2&ref_id=9'],
    ['not a url', 'not a url'],
  ])('%s → %s', (href, expected) => expect(canonicalUrl(href)).toBe(expected));
});

describe('DuplicateFilter', () => {
  it('drops bytes seen before and counts them', () => {
    const filter = new DuplicateFilter();
    const a = new TextEncoder().encode('<p>one</p>');
    expect([filter.isNew(a), filter.isNew(a.slice()), filter.isNew(new Uint8Array([1]))]).toEqual([
      true,
      false,
      true,
    ]);
    expect(filter.dropped).toBe(1);
  });
});
