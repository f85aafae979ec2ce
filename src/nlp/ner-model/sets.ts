/**
 * How each training set's types map onto the tagger's four (CoNLL's PER, ORG, LOC, MISC); `null`
 * drops a type (its words become O). Decided in data/models/README.md.
 */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;

/** ner-worldwide: NORP and PRODUCT are CoNLL MISC; FAC, DATE and MONEY are not CoNLL entities. */
export function worldwideType(type: string): string | null {
  switch (type) {
    case 'PER':
    case 'ORG':
    case 'LOC':
    case 'MISC':
      return type;
    case 'NORP':
    case 'PRODUCT':
      return 'MISC';
    default:
      return null;
  }
}

/** UNER (v0 train): PER, ORG, LOC; its early OTH (nationalities, groups) is dropped. */
export function unerType(type: string): string | null {
  return type === 'PER' || type === 'ORG' || type === 'LOC' ? type : null;
}
