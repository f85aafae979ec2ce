import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseCat } from './time-cat.js';
import type { TimexDoc } from './time-score.js';
import { parseTimeML } from './time-timeml.js';

/** Files under a path, recursively, in name order. */
function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

/**
 * The gold documents under a file or folder: TimeML `.tml` files (TempEval-3 TBAQ, the WikiWars
 * TIMEX3 conversion) and MEANTIME CAT `.xml` files (root `<Document>`). Other files (the WikiWars
 * TIMEX2 originals, schemas, READMEs) are skipped.
 */
export function loadTimexDocs(path: string): TimexDoc[] {
  const docs: TimexDoc[] = [];
  for (const file of files(path)) {
    if (file.endsWith('.tml')) docs.push(parseTimeML(basename(file), readFileSync(file, 'utf8')));
    else if (file.endsWith('.xml')) {
      const xml = readFileSync(file, 'utf8');
      if (/^(?:<\?xml[^>]*\?>\s*)?<Document\b/.test(xml)) docs.push(parseCat(basename(file), xml));
    }
  }
  return docs;
}
