import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';

/** jsdom reports stylesheets it cannot parse on the console; the peer's output is its text only. */
const quiet = new VirtualConsole();

/**
 * `@mozilla/readability` run as trafilatura's comparison runs its peers: the whole page as text, a
 * DOM built by jsdom with the page's URL, `parse()`, and the article's `textContent`. No article,
 * or a crash, is no output (null), as the protocol scores it.
 * NOTE: text with a line break at each block (as readabilipy gives it) scored the same as
 * `textContent` on extraction-dev:en (TP 480, FP 62), so the plain `textContent` is kept.
 */
export function readabilityText(html: string, url: string | null): string | null {
  try {
    const dom = new JSDOM(html, { url: validUrl(url), virtualConsole: quiet });
    try {
      return new Readability(dom.window.document as never).parse()?.textContent ?? null;
    } finally {
      dom.window.close();
    }
  } catch {
    return null;
  }
}

function validUrl(url: string | null): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
}
