export { defaultKnowledge, loadKnowledge } from './load.js';
export { officeOn } from './offices.js';
export { phraseKey } from './phrase.js';
export type * from './types.js';
