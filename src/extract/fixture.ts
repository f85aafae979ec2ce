import { extractHtml } from './html.js';

/** Test pages for the HTML extractor: a page around a body, and story paragraphs by topic. */
export const page = (body: string) =>
  `<!doctype html><html><head></head><body>${body}</body></html>`;
export const sentence = (topic: string, i: number) =>
  `The ${topic} paragraph ${i} reports what the council decided, who objected, and why it matters to residents.`;
export const paragraphs = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `<p>${sentence(topic, i)}</p>`).join('');
export const bodyOf = (html: string) => extractHtml(html, null).paragraphs;
