import { describe, expect, it } from 'vitest';
import type { EvalPage } from './extract-data.js';
import { formatPageResult, runContenders, worstPages } from './extract-run.js';

const pages: EvalPage[] = [
  { url: 'https://a.example/1', file: 'one.html', with: ['story'], without: ['Menu'], lang: 'en' },
  { url: 'https://a.example/2', file: 'two.html', with: ['more'], without: ['Share'], lang: 'en' },
];
const bytes = (page: EvalPage) => new TextEncoder().encode(page.file);

describe('runContenders', () => {
  it('scores every contender on the same pages by the same protocol', () => {
    const [good, noisy] = runContenders(pages, bytes, [
      { name: 'good', run: (raw) => (raw.name === 'one.html' ? 'a story' : 'more text') },
      { name: 'noisy', run: () => 'Menu story more Share' },
    ]);
    expect(good?.total).toEqual({ tp: 2, fn: 0, fp: 0, tn: 2 });
    expect(noisy?.total).toEqual({ tp: 2, fn: 0, fp: 2, tn: 0 });
  });

  it('counts a crash or an empty result as no output, and goes on', () => {
    const [result] = runContenders(pages, bytes, [
      {
        name: 'fragile',
        run: (raw) => {
          if (raw.name === 'one.html') throw new Error('NG_E011: one.html: no text');
          return null;
        },
      },
    ]);
    expect(result?.total).toEqual({ tp: 0, fn: 2, fp: 0, tn: 2 });
    expect(result?.failures).toEqual(['NG_E011: one.html: no text', 'two.html: no output']);
  });

  it('lists the pages with the lowest F first, with the snippets missed and let in', () => {
    const [result] = runContenders(pages, bytes, [
      { name: 'mixed', run: (raw) => (raw.name === 'one.html' ? 'Menu only' : 'more') },
    ]);
    if (!result) throw new Error('no result');
    const [worst, ...rest] = worstPages(result, 5);
    expect(rest).toEqual([]);
    expect(worst?.page.file).toBe('one.html');
    expect(worst?.missed).toEqual(['story']);
    expect(worst?.leaked).toEqual(['Menu']);
    expect(formatPageResult(worst as NonNullable<typeof worst>).split('\n')).toEqual([
      'F 0.00  en  fn 1 fp 1  one.html',
      '    - missed: story',
      '    + leaked: Menu',
    ]);
  });
});
