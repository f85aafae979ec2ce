import { describe, expect, it } from 'vitest';
import { extractHtml } from './html.js';

const LEAD =
  'The minister set out the budget plan to parliament, promising lower taxes for families.';
const STORY = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i} of the story, with enough words, commas, and detail to count as body text.</p>`,
).join('');
const page = (body: string) =>
  `<!doctype html><html><head><meta name="description" content="From the head."></head><body>${body}</body></html>`;

describe('the lead (standfirst) of an HTML page', () => {
  it.each([
    [
      'a .standfirst in the header',
      `<header><h1>Budget</h1><p class="standfirst">${LEAD}</p></header><article>${STORY}</article>`,
    ],
    [
      'a .lead inside the body',
      `<h1>Budget</h1><article><p class="article-lead">${LEAD}</p>${STORY}</article>`,
    ],
    ['a .summary', `<h1>Budget</h1><div class="summary">${LEAD}</div><article>${STORY}</article>`],
    [
      'an [itemprop=description]',
      `<h1>Budget</h1><p itemprop="description">${LEAD}</p><article>${STORY}</article>`,
    ],
    [
      'the short paragraph under the headline, apart from the body',
      `<div><h1>Budget</h1><p>${LEAD}</p></div><div class="content">${STORY}</div>`,
    ],
  ])('is taken from %s and left out of the body', (_, body) => {
    const found = extractHtml(page(body), null);
    expect(found.standfirst).toBe(LEAD);
    expect(found.paragraphs.join('\n')).not.toContain('promising lower taxes');
    expect(found.paragraphs).toHaveLength(4);
  });

  it('leaves the first paragraph of the body in the body', () => {
    const found = extractHtml(
      page(`<article><h1>Budget</h1><p>${LEAD}</p>${STORY}</article>`),
      null,
    );
    expect(found.paragraphs[0]).toBe(LEAD);
    expect(found.standfirst).toBe('From the head.');
  });

  it('takes no lead from a list of teasers that each have a .summary', () => {
    const teasers = Array.from(
      { length: 3 },
      (_, i) =>
        `<div class="summary">Teaser ${i}: a short summary of another story on this site.</div>`,
    ).join('');
    const found = extractHtml(page(`<h1>Budget</h1><article>${STORY}</article>${teasers}`), null);
    expect(found.standfirst).toBe('From the head.');
  });
});
