import { describe, expect, it } from 'vitest';
import { bodyOf, page, paragraphs, sentence } from './fixture.js';

const textOf = (html: string) => bodyOf(html).join('\n');

describe('issue 4: furniture on non-English pages', () => {
  it('keeps a short post without the comments and sidebar a lenient pass would add', () => {
    const sidebar = `<div class="sidebar widget-area">${paragraphs('widget', 2)}</div>`;
    const comments = `<div id="comments" class="comments-area">${paragraphs('comment', 3)}</div>`;
    const html = page(
      `<article class="post">${paragraphs('post', 2)}</article>${sidebar}${comments}`,
    );
    expect(bodyOf(html)).toEqual([sentence('post', 0), sentence('post', 1)]);
  });

  it('prunes the furniture inside a story that only the lenient pass found', () => {
    const related = `<div class="related">${paragraphs('teaser', 2)}</div>`;
    const html = page(
      `<header><div class="story">${paragraphs('story', 4)}${related}</div></header>`,
    );
    expect(bodyOf(html)).toContain(sentence('story', 3));
    expect(textOf(html)).not.toContain('teaser');
  });

  it('keeps a story part classed "non-paywall"', () => {
    const sidebar = `<div class="sidebar">${paragraphs('widget', 6)}</div>`;
    const html = page(
      `<section class="row non-paywall"><article>${paragraphs('free', 4)}</article></section>${sidebar}`,
    );
    expect(bodyOf(html)).toContain(sentence('free', 3));
  });

  it('drops a list of related posts even when its class also says "post"', () => {
    const list = `<ul class="related_post"><li>${sentence('teaser', 0)}</li><li>${sentence('teaser', 1)}</li><li>${sentence('teaser', 2)}</li><li>${sentence('teaser', 3)}</li><li>${sentence('teaser', 4)}</li></ul>`;
    const html = page(`<div class="entry">${paragraphs('story', 6)}${list}</div>`);
    expect(textOf(html)).not.toContain('teaser');
  });

  it.each([
    [
      'a call to follow a channel',
      '<p>¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.</p>',
    ],
    [
      'a call to subscribe',
      '<p>Lust auf mehr? Lass dir die besten Storys in deinen Posteingang liefern: hier zum Newsletter.</p>',
    ],
    [
      'a disclaimer',
      '<p>Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.</p>',
    ],
  ])('drops %s closing the story', (_, closing) => {
    const body = bodyOf(page(`<article>${paragraphs('story', 4)}${closing}</article>`));
    expect(body.at(-1)).toBe(sentence('story', 3));
  });

  it('keeps a closing paragraph that names a network without calling the reader to it', () => {
    const closing = '<p>The mayor did not answer questions sent to her on Twitter.</p>';
    const body = bodyOf(page(`<article>${paragraphs('story', 4)}${closing}</article>`));
    expect(body.at(-1)).toBe('The mayor did not answer questions sent to her on Twitter.');
  });

  it.each([
    [
      'a closing credit',
      '<p>Marco Odermatt, Ski-Star aus der Schweiz. © AFP / Marco Bertorello</p>',
    ],
    [
      'a credit in brackets',
      '<p>Das Hermelin ist im Winter gut getarnt. (mlharing / iStock.com)</p>',
    ],
    ['an agency alone', '<p>AFP / Marco Bertorello</p>'],
    ['a German figure label', '<p>Abbildung: Vergleich der Schneehöhen auf dem Gletscher</p>'],
  ])('drops a caption line with %s', (_, caption) => {
    const html = page(
      `<article>${paragraphs('story', 2)}${caption}${paragraphs('more', 2)}</article>`,
    );
    expect(bodyOf(html)).toEqual([
      sentence('story', 0),
      sentence('story', 1),
      sentence('more', 0),
      sentence('more', 1),
    ]);
  });

  it.each([
    ['a German heading', '<h2>Mehr zu Wärmepumpen</h2>'],
    ['a heading that leads with a cue', '<h3>Lesen Sie auch die folgenden Beiträge:</h3>'],
    ['an "also interesting" heading', '<h2>Das könnte dich auch interessieren</h2>'],
  ])('ends the story at %s over teasers', (_, heading) => {
    const teasers = '<p>Neue Förderung für Heizungen</p><p>Was kostet ein Speicher?</p>';
    const body = bodyOf(page(`<article>${paragraphs('story', 3)}${heading}${teasers}</article>`));
    expect(body.at(-1)).toBe(sentence('story', 2));
  });

  it('drops a contact box after the last paragraph, but not an info box inside the story', () => {
    const contact = '<h3>Kontakt:</h3><p>Pressestelle</p><p>Tel. 030 1234</p>';
    const inside = `<h3>Weitere Informationen</h3><p>Aus China.</p>${paragraphs('rest', 2)}`;
    const body = bodyOf(page(`<article>${paragraphs('story', 2)}${inside}${contact}</article>`));
    expect(body).toContain('Aus China.');
    expect(body.at(-1)).toBe(sentence('rest', 1));
  });

  it('keeps closing lines that end in a German quotation mark', () => {
    const html = page(`<article>${paragraphs('story', 3)}<p>– „Ok.“</p></article>`);
    expect(bodyOf(html).at(-1)).toBe('– „Ok.“');
  });

  it('reads ruby text without its pronunciation guide', () => {
    const ruby =
      '<p><ruby>虐待<rt>ぎゃくたい</rt></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができました。</p>';
    expect(textOf(page(`<article>${paragraphs('story', 3)}${ruby}</article>`))).toContain(
      '虐待をなくすための法律ができました。',
    );
  });
});
