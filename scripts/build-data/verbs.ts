import { join } from 'node:path';
import { compileVerbs } from '../../src/events/dicts/compiled-verbs.js';
import { parsePetrarchVerbBlocks } from '../../src/events/dicts/petrarch-verbs.js';
import { readText } from './io.js';

/** PETRARCH-2's CAMEO verb dictionary (MIT) as compiled blocks; malformed upstream lines are listed. */
export function buildCameoVerbs(shared: string) {
  const file = 'petrarch2/CAMEO.2.0.txt';
  const warnings: string[] = [];
  const blocks = parsePetrarchVerbBlocks(readText(join(shared, file)), file, warnings);
  return { compiled: compileVerbs(blocks, `${file} (openeventdata/petrarch2, MIT)`), warnings };
}
