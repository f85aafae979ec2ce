import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './html.js';

const fixture = readFileSync(
  new URL('../../test/fixtures/pages/split-story.html', import.meta.url),
  'utf8',
);
const article = extractHtml(fixture, 'https://uplandledger.example/towns/water-board');
const body = article.paragraphs.join('\n\n');

describe('extractHtml on a story split by an ad slot', () => {
  it.each([
    'Councillors in Amberley, Brockton and Caldwell voted on Monday evening',
    'about 140 kilometres of mains',
    'Staff of the three departments will move to the board in April',
    "the board's interim chair, Dana Whitcombe, said.",
  ])('keeps both parts of the story: %j', (text) => {
    expect(body).toContain(text);
  });

  it('keeps the parts in page order', () => {
    expect(body.indexOf('Councillors in Amberley')).toBeLessThan(
      body.indexOf('Staff of the three'),
    );
  });

  it('keeps a heading whose id is made of its words ("what-happens-next")', () => {
    expect(article.paragraphs).toContain('What happens next');
  });

  it.each(['Advertisement', 'Subscribe to the Ledger', 'Three councils will pool'])(
    'leaves %j out of the body',
    (text) => {
      expect(body).not.toContain(text);
    },
  );

  it('takes the marked lead as the standfirst, over the head description', () => {
    expect(article.standfirst).toBe(
      'Three councils will pool their pipes, pumps and staff from next year, ending a decade of disputes over the reservoir.',
    );
  });

  it('names the site from the title suffix when og:site_name is absent', () => {
    expect(article).toMatchObject({
      site: 'The Upland Ledger',
      title: 'Valley towns vote to share one water board',
    });
  });
});
