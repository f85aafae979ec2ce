import { Parser } from 'htmlparser2';
import type { GoldTimex, TimexDoc } from './time-score.js';

/** MEANTIME annotates only the title, the dateline and the first four body sentences. */
const LAST_ANNOTATED_SENTENCE = 5;
// Tokens glued to the one before ("5 %", "Apple 's") and after ("( 2013", "$ 5"): a light
// detokeniser, so the parsers see "December 10, 2013" rather than "December 10 , 2013".
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}]|'s|n't|'(?:ll|re|ve|d|m))$/i;
const NO_SPACE_AFTER = /^[([{$]$/;

/** A few MEANTIME DCTs are written day first ("03-02-2009" is 3 February): made ISO. */
function isoDate(value: string): string | null {
  const dayFirst = /^(\d\d)-(\d\d)-(\d{4})$/.exec(value);
  if (dayFirst) return `${dayFirst[3]}-${dayFirst[2]}-${dayFirst[1]}`;
  return /^\d{4}/.test(value) ? value : null;
}

interface Markable {
  type: string;
  value: string;
  creation: boolean;
  tokens: string[];
}

/**
 * A MEANTIME CAT XML document: the text is rebuilt from the tokens (one line per sentence), the
 * gold are the TIMEX3 markables with token anchors (non-consuming ones have none and are skipped),
 * extents run from the first anchored token to the last, and the reference date is the
 * CREATION_TIME timex, whose own extent in the dateline is ignored. Only sentences 0–5 are scored.
 */
export function parseCat(name: string, xml: string): TimexDoc {
  let text = '';
  let sentence = -1;
  let scopeEnd = 0;
  let token: { id: string; sentence: number } | null = null;
  let previous = '';
  const spans = new Map<string, { start: number; end: number }>();
  const markables: Markable[] = [];
  let open: Markable | null = null;
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (tag === 'token') token = { id: attrs.t_id ?? '', sentence: Number(attrs.sentence) };
        else if (tag === 'TIMEX3') {
          open = {
            type: attrs.type ?? '',
            value: attrs.value ?? '',
            creation: attrs.functionInDocument === 'CREATION_TIME',
            tokens: [],
          };
        } else if (tag === 'token_anchor' && open) open.tokens.push(attrs.t_id ?? '');
      },
      ontext(data) {
        if (!token) return;
        const word = data.trim();
        if (token.sentence !== sentence) {
          if (sentence >= 0) text += '\n';
          sentence = token.sentence;
        } else if (!NO_SPACE_BEFORE.test(word) && !NO_SPACE_AFTER.test(previous)) text += ' ';
        spans.set(token.id, { start: text.length, end: text.length + word.length });
        text += word;
        previous = word;
        if (sentence <= LAST_ANNOTATED_SENTENCE) scopeEnd = text.length;
      },
      onclosetag(tag) {
        if (tag === 'token') token = null;
        else if (tag === 'TIMEX3' && open) {
          markables.push(open);
          open = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  let dct: string | null = null;
  const gold: GoldTimex[] = [];
  const ignore: Array<{ start: number; end: number }> = [];
  for (const m of markables) {
    const covered = m.tokens.flatMap((id) => spans.get(id) ?? []);
    if (covered.length === 0) continue;
    const span = {
      start: Math.min(...covered.map((s) => s.start)),
      end: Math.max(...covered.map((s) => s.end)),
    };
    if (m.creation) {
      dct ??= isoDate(m.value);
      ignore.push(span);
    } else gold.push({ ...span, type: m.type, value: m.value });
  }
  gold.sort((a, b) => a.start - b.start);
  return { name, text, dct, gold, ignore, scope: { start: 0, end: scopeEnd } };
}
