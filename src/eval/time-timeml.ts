import { Parser } from 'htmlparser2';
import type { GoldTimex, TimexDoc } from './time-score.js';

const DCT = 'CREATION_TIME';

/**
 * A TimeML 1.2 document (TempEval-3 `.tml`): the text is the content of `<TEXT>` with tags removed
 * and entities decoded, the gold are the `<TIMEX3>` elements inside it, and the reference date is
 * the `<DCT>` timex (else the first CREATION_TIME timex). A CREATION_TIME timex inside the text is
 * not gold; predictions on it are ignored.
 */
export function parseTimeML(name: string, xml: string): TimexDoc {
  let text = '';
  let inText = false;
  let inDct = false;
  let dct: string | null = null;
  const gold: GoldTimex[] = [];
  const ignore: Array<{ start: number; end: number }> = [];
  let open: { start: number; type: string; value: string; creation: boolean } | null = null;
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        if (tag === 'TEXT') inText = true;
        else if (tag === 'DCT') inDct = true;
        else if (tag === 'TIMEX3') {
          const creation = attrs.functionInDocument === DCT;
          if ((inDct || creation) && dct === null && attrs.value) dct = attrs.value;
          if (inText) {
            open = {
              start: text.length,
              type: attrs.type ?? '',
              value: attrs.value ?? '',
              creation,
            };
          }
        }
      },
      ontext(data) {
        if (inText) text += data;
      },
      onclosetag(tag) {
        if (tag === 'TEXT') inText = false;
        else if (tag === 'DCT') inDct = false;
        else if (tag === 'TIMEX3' && open) {
          const span = { start: open.start, end: text.length };
          if (open.creation) ignore.push(span);
          else if (span.end > span.start)
            gold.push({ ...span, type: open.type, value: open.value });
          open = null;
        }
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return { name, text, dct, gold, ignore, scope: null };
}
