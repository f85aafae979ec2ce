import { describe, expect, it } from 'vitest';
import { bodyOf, page, paragraphs, sentence } from './fixture.js';

const NAV = '<nav><a href="/">Home</a> <a href="/news">News</a></nav>';

describe('extractHtml recovers a story that the furniture rules would remove', () => {
  it('keeps a story a site put inside <aside> (a lenient second pass)', () => {
    const body = bodyOf(
      page(`${NAV}<aside class="layout"><article>${paragraphs('aside', 3)}</article></aside>`),
    );
    expect(body).toContain(sentence('aside', 0));
    expect(body).toContain(sentence('aside', 2));
  });

  it('keeps a story whose post container is classed with a tag ("tag-news")', () => {
    const post = `<section class="post tag-news tag-council">${paragraphs('tagged', 3)}</section>`;
    expect(bodyOf(page(`${NAV}${post}`))).toContain(sentence('tagged', 1));
  });

  it('keeps a field whose class only hides its label ("field-label-hidden", "hidden-xs")', () => {
    const html = page(
      `<article><div class="field field-label-hidden">${paragraphs('field', 3)}</div><div class="hidden-xs">${paragraphs('wide', 2)}</div></article>`,
    );
    expect(bodyOf(html)).toContain(sentence('field', 2));
    expect(bodyOf(html)).toContain(sentence('wide', 1));
  });

  it('drops an element classed "hidden"', () => {
    const html = page(
      `<article>${paragraphs('story', 3)}<div class="hidden"><p>${sentence('promo', 0)}</p></div></article>`,
    );
    expect(bodyOf(html)).not.toContain(sentence('promo', 0));
  });
});

describe('extractHtml joins a story split over sibling containers', () => {
  it('keeps an intro block beside the main text block', () => {
    const intro = `<div class="article-top"><p>${sentence('intro', 0)} ${sentence('intro', 1)} ${sentence('intro', 2)} ${sentence('intro', 3)}</p></div>`;
    const main = `<div class="outro"><div class="text">${paragraphs('main', 12)}</div></div>`;
    const body = bodyOf(
      page(`${NAV}<div class="layout">${intro}${main}</div><footer>About us</footer>`),
    );
    expect(body.join(' ')).toContain(sentence('intro', 0));
    expect(body).toContain(sentence('main', 11));
  });
});

describe('extractHtml ends the story where other stories begin', () => {
  const teasers =
    '<h3>Related stories</h3><p>Council votes on budget</p><p>New ferry timetable</p>';

  it('drops a related-stories heading and its teaser lines', () => {
    const body = bodyOf(page(`<article>${paragraphs('story', 4)}${teasers}</article>`));
    expect(body.at(-1)).toBe(sentence('story', 3));
  });

  it('resumes at the next long paragraph after an inline box', () => {
    const after = `${sentence('after', 0)} ${sentence('after', 1)}`;
    const body = bodyOf(
      page(`<article>${paragraphs('before', 3)}${teasers}<p>${after}</p></article>`),
    );
    expect(body).not.toContain('New ferry timetable');
    expect(body).toContain(after);
  });

  it('drops short unpunctuated labels at the end, but keeps a closing list', () => {
    const labels = bodyOf(
      page(`<article>${paragraphs('story', 3)}<p>Tags</p><p>Council</p></article>`),
    );
    expect(labels.at(-1)).toBe(sentence('story', 2));
    const list = bodyOf(
      page(`<article>${paragraphs('story', 3)}<ul><li>Flour</li><li>Sugar</li></ul></article>`),
    );
    expect(list.slice(-2)).toEqual(['Flour', 'Sugar']);
  });
});

describe('extractHtml reads stories written without <p>', () => {
  it('scores text held in spans inside divs (editor output)', () => {
    const rows = Array.from(
      { length: 4 },
      (_, i) => `<div><span>${sentence('span', i)}</span></div>`,
    );
    const body = bodyOf(
      page(`${NAV}<article><div class="editor">${rows.join('')}</div></article>`),
    );
    expect(body).toContain(sentence('span', 3));
  });

  it('joins parts of a story split into twin text blocks by an ad slot', () => {
    const part = (topic: string) =>
      `<div class="section-text">${sentence(topic, 0)}<br>${sentence(topic, 1)}</div>`;
    const ad = '<div class="ad-slot"><a href="/ad">Advertisement</a></div>';
    const body = bodyOf(
      page(
        `<main><div class="row">${part('first')}</div>${ad}<div class="row">${part('second')}</div></main>`,
      ),
    );
    expect(body).toContain(sentence('first', 1));
    expect(body).toContain(sentence('second', 1));
  });
});

describe('extractHtml drops stamps inside the body', () => {
  it.each(['By Dana Whitcombe', '23.10.2018', 'Updated: 11 Jan 2019, 10:31 GMT'])(
    'drops the line %j',
    (line) => {
      const body = bodyOf(page(`<article><p>${line}</p>${paragraphs('story', 3)}</article>`));
      expect(body).not.toContain(line);
      expect(body[0]).toBe(sentence('story', 0));
    },
  );
});
