import {
  BOILERPLATE_CUES,
  DATE_WORDS,
  MONTH_NAMES,
  PHOTO_AGENCIES,
  RELATED_CUES,
  SOCIAL_ACTIONS,
  SOCIAL_NETWORKS,
} from './vocabulary.js';

export type LineKind =
  | { kind: 'social' }
  | { kind: 'boilerplate' }
  | { kind: 'related'; title: string; url: string | null };

/** Lines longer than this are story text even when they start with a cue word. */
const MAX_FURNITURE_LENGTH = 160;
const BULLETS = /^[\s•·*▪►»›|–—(-]+/;
const URL = /\bhttps?:\/\/\S+/;

/** What a short line of page furniture is, or null when it may be story text. */
export function classifyLine(line: string): LineKind | null {
  const text = line.replace(BULLETS, '').trim();
  if (text === '' || text.length > MAX_FURNITURE_LENGTH) return null;
  if (isSocial(text)) return { kind: 'social' };
  const related = RELATED_CUES.exec(text);
  if (related) {
    const rest = text.slice(related[0].length);
    // The cue must be set off ("Also Read: …", "RELATED | …"), or be the whole line.
    const sep = /^\s*[:|–—-]\s*/.exec(rest);
    if (sep || rest.trim() === '') {
      const url = URL.exec(rest)?.[0] ?? null;
      const title = rest
        .slice(sep?.[0].length ?? 0)
        .replace(URL, '')
        .trim();
      return title.length >= 10 ? { kind: 'related', title, url } : { kind: 'boilerplate' };
    }
  }
  if (BOILERPLATE_CUES.test(text) && text.split(/\s+/).length <= 25) return { kind: 'boilerplate' };
  if (isDateLine(text) || isPhotoCredit(text) || endsWithCredit(text)) {
    return { kind: 'boilerplate' };
  }
  return null;
}

const MAX_DATE_LINE = 50;
const NUMERIC = /^[\d.:/,–-]+(?:h|uhr|am|pm|a\.m\.|p\.m\.)?$/;

/** A line that is only a date or time ("23.10.2018", "11 Jan 2019, 10:31 IST", "Updated: 19:49"). */
function isDateLine(text: string): boolean {
  if (text.length > MAX_DATE_LINE || !/\d/.test(text)) return false;
  const words = text
    .toLowerCase()
    .split(/[\s,|()]+/)
    .map((w) => w.replace(/[.:]$/, ''))
    .filter((w) => w !== '');
  return words.every((w) => NUMERIC.test(w) || MONTH_NAMES.has(w) || DATE_WORDS.has(w));
}

const MAX_CREDIT_LINE = 60;

/** A short line naming a photo agency: "AFP / Marco Bertorello", "Foto: dpa", "iStock.com". */
function isPhotoCredit(text: string): boolean {
  if (text.length > MAX_CREDIT_LINE || /[.!?:]$/.test(text)) return false;
  const parts = text.toLowerCase().split(/\s*[/|,©()]\s*|\s+-\s+/);
  return parts.some((p) => PHOTO_AGENCIES.has(p.trim()));
}

/** A caption's closing credit: "… aus der Schweiz. © AFP / Marco Bertorello", "(Foto: dpa)". */
const CLOSING_CREDIT =
  /(?:©|\(c\)|\b(?:foto|fotos|photo|photos|bild|bilder|credit|quelle|source|image|imagen|crédit)\s*:)[^.!?©:]{1,80}\)?$/iu;
/** Whether the text has one of the marks `CLOSING_CREDIT` needs: the regex itself was slow to say no. */
const mayHaveCreditMark = (text: string): boolean =>
  text.includes(':') || text.includes('©') || text.includes('(c)') || text.includes('(C)');
const CLOSING_PARENTHESIS = /\(([^()]{1,60})\)$/;

/** A caption line that ends with its picture credit. */
function endsWithCredit(text: string): boolean {
  if (mayHaveCreditMark(text) && CLOSING_CREDIT.test(text)) return true;
  const inner = CLOSING_PARENTHESIS.exec(text)?.[1];
  return inner !== undefined && isPhotoCredit(inner);
}

function isSocial(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^a-z0-9+-]+/)
    .filter((w) => w !== '');
  if (words.length === 0 || words.length > 12) return false;
  const networks = words.filter((w) => SOCIAL_NETWORKS.has(w)).length;
  const actions = words.filter((w) => SOCIAL_ACTIONS.has(w)).length;
  return networks + actions === words.length && (networks > 0 || words.includes('share'));
}
