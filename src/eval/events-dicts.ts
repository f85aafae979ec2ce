import { dirname, join } from 'node:path';
import type { UserDictionaryFiles } from '../events/dicts/user.js';

/**
 * The dictionaries each set is coded with (../shared/data/events-dev/README.md, "Which dictionaries
 * go with which records"), found beside the data folder: `<data>/../petrarch2/`. The fictional
 * validation actors replace the built-in dictionaries; the Phoenix ones extend them.
 */
export function dictionariesFor(set: string, dataDir: string): UserDictionaryFiles | null {
  const p = (...parts: string[]) => join(dirname(dataDir), 'petrarch2', ...parts);
  const v = (name: string) => p('validate-dicts', name);
  switch (set) {
    case 'petr1-validate':
    case 'petr-unittest':
      return {
        verbs: [v('PETR.Validate.verbs.txt')],
        actors: [v('PETR.Validate.actors.txt')],
        agents: [v('PETR.Validate.agents.txt')],
        discards: [v('PETR.Validate.discards.txt')],
        replace: true,
        lenient: true,
      };
    case 'udpetr-validate':
      return {
        verbs: [v('PETR_Validate_verbs_2_02.txt')],
        actors: [v('PETR_Validate_actors_2_02.txt')],
        agents: [v('PETR_Validate_agents_2_02.txt')],
        discards: [v('PETR_Validate_discards_2_02.txt')],
        replace: true,
        lenient: true,
      };
    case 'petr2-gsr':
      return {
        verbs: [p('CAMEO.2.0.txt')],
        actors: ['Countries', 'International', 'MilNonState'].map((n) =>
          p(`Phoenix.${n}.actors.txt`),
        ),
        agents: [p('Phoenix.agents.txt')],
        discards: [p('Phoenix.discards.txt')],
        lenient: true,
      };
    default:
      return null;
  }
}

export interface Peer {
  readonly name: string;
  readonly value: number;
}

/**
 * Published figures the issue quotes, on these same suites: PETRARCH-2 on PETR2_GSR_validation
 * (gold parse trees given; gold derived from its own output), and a zero-shot NLI coder on the
 * PLOVER records (actors given). The unit-test range (0.19–0.37 record accuracy) names no set.
 */
export function publishedPeer(set: string, metric: string): Peer | null {
  if (set === 'petr2-gsr' && metric === 'root F1')
    return { name: 'PETRARCH-2 (published)', value: 0.82 };
  if (set === 'petr2-gsr' && metric === 'full F1')
    return { name: 'PETRARCH-2 (published)', value: 0.787 };
  if (set === 'plover-gsr' && metric === 'event-type accuracy')
    return { name: 'zero-shot NLI, actors given (published)', value: 0.838 };
  return null;
}
