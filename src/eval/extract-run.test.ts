import { describe, expect, it } from 'vitest';
import type { EvalPage } from './extract-data.js';
import { runContenders } from './extract-run.js';

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
});
