import { describe, expect, it } from 'vitest';
import { extractPlainText } from './plain-text.js';

const page = (...lines: string[]) => lines.join('\n\n');

const LEAD =
  'The city council voted on Monday to close the old bridge to cars from next year, officials said.';
const SECOND = 'The decision follows a survey that found cracks in two of the three main supports.';

describe('extractPlainText', () => {
  it('finds headline, standfirst and body after a site name and social links', () => {
    const text = page(
      'Riverside Daily News',
      '  • youtube\n  • facebook\n  • twitter',
      'Council votes to close old bridge to cars',
      'Repairs would cost more than a new crossing, engineers told councillors',
      LEAD,
      SECOND,
    );
    expect(extractPlainText(text)).toMatchObject({
      title: 'Council votes to close old bridge to cars',
      standfirst: 'Repairs would cost more than a new crossing, engineers told councillors',
      paragraphs: [LEAD, SECOND],
    });
  });

  it.each([
    ['Also Read: Bridge survey finds cracks in supports', 'Bridge survey finds cracks in supports'],
    ['READ MORE | Mayor defends budget for road repairs', 'Mayor defends budget for road repairs'],
    [
      'Related: Ferry service to resume after winter break',
      'Ferry service to resume after winter break',
    ],
  ])('turns %j into a related link', (line, title) => {
    const result = extractPlainText(
      page('Council votes to close old bridge to cars', LEAD, line, SECOND),
    );
    expect(result.related).toEqual([{ title, url: null }]);
    expect(result.paragraphs).toEqual([LEAD, SECOND]);
  });

  it.each([
    'Advertisement',
    'Follow us on Twitter and Facebook',
    'Share this article',
    'Copyright © 2023 Riverside Daily News. All rights reserved.',
    'Click here to subscribe to our newsletter',
    'Share on WhatsApp',
  ])('drops the furniture line %j', (line) => {
    const result = extractPlainText(
      page('Council votes to close old bridge to cars', LEAD, line, SECOND),
    );
    expect(result.paragraphs).toEqual([LEAD, SECOND]);
  });

  it('keeps a wire dateline lead in the body', () => {
    const lead =
      "LONDON, May 3 (Reuters) - Britain's central bank raised interest rates on Thursday.";
    const result = extractPlainText(page('Bank of England raises rates again', lead, SECOND));
    expect(result.paragraphs[0]).toBe(lead);
  });

  it('takes a byline out of the body', () => {
    const result = extractPlainText(
      page('Council votes to close old bridge to cars', 'By Jane Okoro', LEAD, SECOND),
    );
    expect(result).toMatchObject({ byline: 'Jane Okoro', paragraphs: [LEAD, SECOND] });
  });

  it('leaves the first paragraph in the body when it ends like a sentence', () => {
    const result = extractPlainText(
      page('Council votes to close old bridge to cars', LEAD, SECOND),
    );
    expect(result).toMatchObject({ standfirst: null, paragraphs: [LEAD, SECOND] });
  });

  it('has no title when the text starts with the story', () => {
    expect(extractPlainText(page(LEAD, SECOND))).toMatchObject({
      title: null,
      paragraphs: [LEAD, SECOND],
    });
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const wrapped =
      'The city council voted on Monday to close the old bridge\nto cars from next year, officials said on Tuesday.';
    expect(extractPlainText(wrapped).paragraphs).toEqual([wrapped.replace('\n', ' ')]);
  });
});

describe('extractPlainText, the head read back from the first sentence', () => {
  it('leaves out menus and a site name it has never seen before the headline', () => {
    const text = page(
      'Harbourside Chronicle',
      '  • Home\n  • Politics\n  • Sport',
      'Council votes to close old bridge to cars',
      'Repairs would cost more than a new crossing, engineers told councillors',
      LEAD,
      SECOND,
    );
    expect(extractPlainText(text)).toMatchObject({
      title: 'Council votes to close old bridge to cars',
      standfirst: 'Repairs would cost more than a new crossing, engineers told councillors',
      paragraphs: [LEAD, SECOND],
    });
  });

  it('takes a byline between the headline and the story as metadata', () => {
    const text = page('Council votes to close old bridge to cars', 'By Jane Doe', LEAD, SECOND);
    expect(extractPlainText(text)).toMatchObject({
      title: 'Council votes to close old bridge to cars',
      byline: 'Jane Doe',
      paragraphs: [LEAD, SECOND],
    });
  });
});
