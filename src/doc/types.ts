/**
 * Offsets index `Doc.text` / `article.text` in UTF-16 code units (JavaScript string indices),
 * half-open: `[start, end)`. The README documents this unit for consumers in other languages.
 */
export type CharOffset = number;

/** A CAMEO actor code: a country (ISO 3166 alpha-3) optionally followed by role codes, e.g. `RUSMIL`. */
export type ActorCode = string;

/** A CAMEO event code, kept as a string so `010` is not `10`. */
export type CameoCode = string;

/** An ISO 8601 date, partial date (`2021-12`, `2021`), range (`2021-12-01/2021-12-20`) or set (`P1Y` with type SET). */
export type IsoValue = string;

export interface Span {
  readonly start: CharOffset;
  readonly end: CharOffset;
}

export type EntityType = 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'MISC';

export interface Token extends Span {
  /** Index of the sentence this token belongs to, or -1 before sentences are assigned. */
  sentence: number;
}

export interface Mention extends Span {
  readonly text: string;
  readonly type: EntityType;
  /** How the mention was found: a name, a title or nominal ("the Russian minister"), or a pronoun. */
  readonly kind: 'name' | 'nominal' | 'pronoun';
  /** Index into `Doc.entities`, set by linking; -1 while unlinked. */
  entity: number;
  /** What the mention was recognised as, e.g. `country:RUS`, `person:Q7747`, `name:Shoigu`. */
  readonly key: string;
  /** Country the mention's own words point to (a demonym before a name, a known place), or null. */
  readonly country: string | null;
}

export interface Entity {
  readonly id: string;
  readonly type: EntityType;
  name: string;
  /** CAMEO actor code (`RUS`, `INDGOV`, `RUSMIL`) or null when the entity is not a political actor. */
  actor: ActorCode | null;
  /** ISO 3166 alpha-3 country the entity belongs to, or null. */
  country: string | null;
  /** Indices into `Doc.mentions`. */
  mentions: number[];
  /** Office held on the article date, for people found in the leaders lexicon. */
  office?: string;
  /** That office's role code: HOS, HOG, FOR, DEF, INT, FIN. */
  officeRole?: string;
  /** WGS84 coordinates of a place (a city in the gazetteer), when it could be placed. */
  lat?: number;
  lon?: number;
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  readonly text: string;
  readonly type: TimeType;
  readonly value: IsoValue | null;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote extends Span {
  readonly text: string;
  readonly kind: QuoteKind;
  /** Index into `Doc.entities`, or null when no speaker can be identified (never a guess). */
  speaker: number | null;
  /** The cue ("said", "called", "labeled ... by") that attributes the quote, when found. */
  cue?: Span;
}

export const MODALITIES = [
  'asserted',
  'intended',
  'expected',
  'reported',
  'hypothetical',
  'denied',
] as const;
export type Modality = (typeof MODALITIES)[number];

export interface CodedEvent {
  readonly code: CameoCode;
  readonly root: CameoCode;
  readonly quad: number;
  readonly goldstein: number | null;
  /** Entity -1: an actor named by an agent noun alone ("the police": `---COP`). */
  readonly source: { entity: number; actor: ActorCode | null };
  /** Entity -1 and actor null: the sentence names no target ("Shevardnadze resigned"). */
  readonly target: { entity: number; actor: ActorCode | null };
  readonly date: IsoValue | null;
  readonly location: string | null;
  readonly negated: boolean;
  readonly modality: Modality;
  readonly evidence: Span;
  /** The words the pattern matched: the verb and the words it asked for. */
  readonly trigger: Span;
  /** The dictionary line that coded it: `CAMEO.2.0.txt:6757`. */
  readonly rule: string;
}

export type PublishedSource = 'given' | 'meta' | 'jsonld' | 'url' | 'text' | 'inferred';

export interface Published {
  value: IsoValue | null;
  source: PublishedSource | null;
}
