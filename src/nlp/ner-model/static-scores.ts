import { RowArena } from '../perceptron/row-arena.js';
import { addText, finish } from '../pos/hash.js';
import { MAX_CACHED_FORM, ownCopy, ROLES, Role } from '../pos/word-scores.js';
import {
  AS_NEXT,
  AS_PREVIOUS,
  asNeighbourFeatures,
  asSecondNextFeatures,
  asSecondPreviousFeatures,
  bigramLeftState,
  bigramRightState,
  F,
  gazetteerFeatures,
  MAX_FEATURES,
  type NerView,
  numAt,
  occasionalFeatures,
  ownFeatures,
  posFeatures,
  shapeAt,
  shapePairFeatures,
  titleFeatures,
  wordLabelFeature,
} from './features.js';
import type { NerModel } from './model.js';

/**
 * The static scores of a sentence's words summed by part (`staticFeatures` in `./features.ts` is
 * the union of the parts): rows cached per word form for the features of one word, rows cached
 * per code triple for the POS, gazetteer and title features and per shape triple for the shape
 * pairs, and the few features that read two lower-case forms or occasional facts hashed per word. Weights are int16 and rows sum at most a dozen, so
 * int32 rows are exact, and so are the float sums: the scores equal feature-by-feature sums.
 */

// What `sentenceScores` reads per word, as this module's own constants: under a CommonJS
// transform (tsx, which runs the benches) every read of an imported binding is a getter call.
const OWN = Role.Own;
const PREVIOUS = Role.Previous;
const SECOND_PREVIOUS = Role.SecondPrevious;
const NEXT = Role.Next;
const SECOND_NEXT = Role.SecondNext;
const codeAt = numAt;
const finishHash = finish;
const addHashText = addText;
const occasional = occasionalFeatures;
const writePos = posFeatures;
const writeGazetteer = gazetteerFeatures;

/** Forms kept per model before the cache starts again between sentences (~17 MB of rows). */
export const FORM_CACHE_LIMIT = 50_000;

/**
 * A word form's cached parts: the offset of its static rows in the arena, and its label-pair
 * weights (`(prev + 1) * labels + label`, as in `NerModel.transitionScores`): those of its shape,
 * dense and shared with the previous-label-only weights, and those of its lower case, sparse as
 * `[index, weight]` pairs.
 */
export interface FormEntry {
  readonly rows: number;
  /** A small id of the form's shape, for the shape-triple rows. */
  readonly shapeId: number;
  readonly shapePairs: Float64Array;
  readonly lowerPairs: Int32Array;
  /** Hash states of the bigram features after the form's lower case (`bigramLeftState`, `bigramRightState`). */
  readonly bigramLeft: number;
  readonly bigramRight: number;
}

interface Caches {
  /** Word forms in running text, and in headlines in capitals (their own features differ). */
  readonly words: Map<string, FormEntry>;
  readonly capitalWords: Map<string, FormEntry>;
  /** Dense label-pair scores by shape (shapes are few), and shape ids. */
  readonly shapes: Map<string, Float64Array>;
  readonly shapeIds: Map<string, number>;
  /** Rows of the shape-pair features by shape-id triple. */
  readonly shapeTriples: Map<number, Int32Array>;
  readonly arena: RowArena;
  /** `-START-` and `-END-`, read past the sentence's edges: the arena's reserved rows. */
  readonly start: number;
  readonly end: number;
  readonly pos: CodeRows;
  readonly gazetteer: CodeRows;
  readonly title: CodeRows;
}

/**
 * Cached rows by code triple: codes are small (UPOS ids, gazetteer and title codes, and 254 / 255
 * before and after the sentence), so the triples below `span` per code index one array; a larger
 * code goes to a map.
 */
class CodeRows {
  private readonly dense: (Int32Array | undefined)[];
  private readonly other = new Map<number, Int32Array>();

  /** `span`: codes 0 … span - 3, plus 254 and 255, are kept in the array. */
  constructor(private readonly span: number) {
    this.dense = new Array<Int32Array | undefined>(span * span * span).fill(undefined);
  }

  /** The index of a code in the array, or -1. */
  private at(code: number): number {
    if (code >= 254) return code - 254;
    return code < this.span - 2 ? code + 2 : -1;
  }

  get(a: number, b: number, c: number): Int32Array | undefined {
    const x = this.at(a);
    const y = this.at(b);
    const z = this.at(c);
    if (x < 0 || y < 0 || z < 0) return this.other.get((a << 16) | (b << 8) | c);
    return this.dense[(x * this.span + y) * this.span + z];
  }

  set(a: number, b: number, c: number, row: Int32Array): void {
    const x = this.at(a);
    const y = this.at(b);
    const z = this.at(c);
    if (x < 0 || y < 0 || z < 0) this.other.set((a << 16) | (b << 8) | c, row);
    else this.dense[(x * this.span + y) * this.span + z] = row;
  }
}

const buffer = new Uint32Array(MAX_FEATURES);

function sumInto(model: NerModel, count: number, out: Int32Array, at: number): void {
  for (let k = 0; k < count; k++) model.weightTable.addTo(buffer[k] as number, out, at);
}

/** A new arena row of the word's features by role; returns its offset. */
function wordRows(
  model: NerModel,
  arena: RowArena,
  word: string,
  lower: string,
  shape: string,
  allCaps: boolean,
): number {
  const n = model.labels.length;
  const at = arena.add();
  const rows = arena.data;
  sumInto(model, ownFeatures(word, lower, shape, allCaps, buffer, 0), rows, at + Role.Own * n);
  const suffix = model.neighbourSuffix;
  sumInto(
    model,
    asNeighbourFeatures(AS_PREVIOUS, lower, shape, suffix, buffer, 0),
    rows,
    at + Role.Previous * n,
  );
  const second = asSecondPreviousFeatures(lower, buffer, 0);
  sumInto(model, second, rows, at + Role.SecondPrevious * n);
  sumInto(
    model,
    asNeighbourFeatures(AS_NEXT, lower, shape, suffix, buffer, 0),
    rows,
    at + Role.Next * n,
  );
  sumInto(model, asSecondNextFeatures(lower, buffer, 0), rows, at + Role.SecondNext * n);
  return at;
}

const cachesByModel = new WeakMap<NerModel, Caches>();

function cachesOf(model: NerModel): Caches {
  let caches = cachesByModel.get(model);
  if (!caches) {
    const arena = new RowArena(ROLES * model.labels.length, FORM_CACHE_LIMIT + 2, 2);
    const marker = (text: string) => wordRows(model, arena, text, text, text, false);
    caches = {
      words: new Map(),
      capitalWords: new Map(),
      shapes: new Map(),
      shapeIds: new Map([
        ['-START-', 0],
        ['-END-', 1],
      ]),
      shapeTriples: new Map(),
      arena,
      start: marker('-START-'),
      end: marker('-END-'),
      // UPOS ids (17); gazetteer codes up to 1 + 4 × 7 kinds + 3; title codes 0–2.
      pos: new CodeRows(20),
      gazetteer: new CodeRows(35),
      title: new CodeRows(5),
    };
    cachesByModel.set(model, caches);
  }
  return caches;
}

/** Empties a model's caches (tests check that a cold cache scores as a warm one). */
export function clearStaticCaches(model: NerModel): void {
  cachesByModel.delete(model);
}

function entryOf(model: NerModel, caches: Caches, view: NerView, i: number): FormEntry {
  const map = view.allCaps ? caches.capitalWords : caches.words;
  const word = view.words[i] as string;
  let entry = map.get(word);
  if (entry === undefined) {
    const lower = view.lowers[i] as string;
    const shape = view.shapes[i] as string;
    const rows = wordRows(model, caches.arena, word, lower, shape, view.allCaps);
    entry = {
      rows,
      shapeId: shapeIdOf(caches, shape),
      shapePairs: shapePairScores(model, caches, shape),
      lowerPairs: pairWeights(model, lower, F.LabelPrevLower),
      bigramLeft: bigramLeftState(lower),
      bigramRight: bigramRightState(lower),
    };
    if (word.length <= MAX_CACHED_FORM) map.set(ownCopy(word), entry);
  }
  return entry;
}

/** Shapes past this many get no id (`SHAPE_IDS`); their shape features are hashed per word. */
const SHAPE_IDS = 1024;

function shapeIdOf(caches: Caches, shape: string): number {
  let id = caches.shapeIds.get(shape);
  if (id === undefined) {
    id = Math.min(caches.shapeIds.size, SHAPE_IDS);
    if (id < SHAPE_IDS) caches.shapeIds.set(ownCopy(shape), id);
  }
  return id;
}

/** The row of the shape-pair features of a shape-id triple, or undefined past `SHAPE_IDS`. */
function shapeRow(
  model: NerModel,
  caches: Caches,
  view: NerView,
  i: number,
  a: number,
  b: number,
  c: number,
): Int32Array | undefined {
  if (a >= SHAPE_IDS || b >= SHAPE_IDS || c >= SHAPE_IDS) return undefined;
  const key = (a * SHAPE_IDS + b) * SHAPE_IDS + c;
  let row = caches.shapeTriples.get(key);
  if (!row) {
    row = new Int32Array(model.labels.length);
    const count = shapePairFeatures(
      shapeAt(view, i - 1),
      view.shapes[i] as string,
      shapeAt(view, i + 1),
      buffer,
      0,
    );
    sumInto(model, count, row, 0);
    if (caches.shapeTriples.size >= FORM_CACHE_LIMIT) caches.shapeTriples.clear();
    caches.shapeTriples.set(key, row);
  }
  return row;
}

/** The word-and-label weights of a form (`LabelPrevLower`, `LabelPrevShape`) as index-weight pairs. */
function pairWeights(model: NerModel, form: string, template: number): Int32Array {
  const n = model.labels.length;
  const { features, firstEntry, entryTags, weights } = model;
  const found: number[] = [];
  for (let prev = -1; prev < n; prev++) {
    const f = features.get(wordLabelFeature(template, prev, form));
    if (f < 0) continue;
    for (let e = firstEntry[f] as number; e < (firstEntry[f + 1] as number); e++) {
      found.push((prev + 1) * n + (entryTags[e] as number), weights[e] as number);
    }
  }
  return Int32Array.from(found);
}

/** Adds index-weight pairs to dense label-pair scores. */
export function addPairs(pairs: Int32Array, out: Float64Array): void {
  for (let k = 0; k < pairs.length; k += 2) {
    const at = pairs[k] as number;
    out[at] = (out[at] as number) + (pairs[k + 1] as number);
  }
}

function shapePairScores(model: NerModel, caches: Caches, shape: string): Float64Array {
  let scores = caches.shapes.get(shape);
  if (!scores) {
    scores = Float64Array.from(model.transitionScores);
    addPairs(pairWeights(model, shape, F.LabelPrevShape), scores);
    if (caches.shapes.size >= FORM_CACHE_LIMIT) caches.shapes.clear();
    caches.shapes.set(ownCopy(shape), scores);
  }
  return scores;
}

/** A cached row of the features `write` makes of three byte codes. */
function codeRow(
  model: NerModel,
  memo: CodeRows,
  a: number,
  b: number,
  c: number,
  write: (a: number, b: number, c: number, out: Uint32Array, at: number) => number,
): Int32Array {
  let row = memo.get(a, b, c);
  if (!row) {
    row = new Int32Array(model.labels.length);
    sumInto(model, write(a, b, c, buffer, 0), row, 0);
    memo.set(a, b, c, row);
  }
  return row;
}

/** The left-bigram state of the word before the first (`lowerAt`'s `-START-`). */
const START_LEFT = bigramLeftState('-START-');

const writeTitle = (title: number, before: number, _: number, out: Uint32Array, at: number) =>
  titleFeatures(title, before, out, at);

/**
 * A sentence's scores: `statics[i * labels + t]`, each word's summed static feature weights (a
 * view of a buffer the next `sentenceScores` call reuses), and its form entries.
 */
export interface SentenceScores {
  readonly statics: Float64Array;
  readonly forms: readonly FormEntry[];
}

/** The scores' array, reused from sentence to sentence (`SentenceScores.statics` is valid until the next call). */
let staticsBuffer = new Float64Array(0);
/** A row of zeros, for a shape triple without a cached row. */
let zeros = new Int32Array(0);

/** `view` must be made for `model` (`nerView`): the cached rows follow the model's feature set. */
export function sentenceScores(model: NerModel, view: NerView): SentenceScores {
  if (view.neighbourSuffix !== model.neighbourSuffix) {
    throw new Error('sentenceScores: the view was made for another feature set');
  }
  const n = model.labels.length;
  const length = view.words.length;
  const caches = cachesOf(model);
  // Rows stay valid within a sentence: the arena is emptied only between sentences.
  if (caches.arena.full) {
    caches.words.clear();
    caches.capitalWords.clear();
    caches.arena.clear();
  }
  const forms: FormEntry[] = new Array(length);
  const entries = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const form = entryOf(model, caches, view, i);
    forms[i] = form;
    entries[i] = form.rows;
  }
  const rows = caches.arena.data;
  const entryAt = (i: number) =>
    i < 0 ? caches.start : i >= length ? caches.end : (entries[i] as number);
  if (staticsBuffer.length < length * n) staticsBuffer = new Float64Array(2 * length * n);
  if (zeros.length < n) zeros = new Int32Array(n);
  const out = staticsBuffer.subarray(0, length * n);
  const { pos, gazetteer } = view;
  const g = gazetteer.phrase;
  const titles = gazetteer.title;
  for (let i = 0; i < length; i++) {
    const at = i * n;
    const own = (entries[i] as number) + OWN * n;
    const previous = entryAt(i - 1) + PREVIOUS * n;
    const previous2 = entryAt(i - 2) + SECOND_PREVIOUS * n;
    const next = entryAt(i + 1) + NEXT * n;
    const next2 = entryAt(i + 2) + SECOND_NEXT * n;
    const p = codeRow(
      model,
      caches.pos,
      codeAt(pos, i - 1),
      codeAt(pos, i),
      codeAt(pos, i + 1),
      writePos,
    );
    const z = codeRow(
      model,
      caches.gazetteer,
      codeAt(g, i - 1),
      codeAt(g, i),
      codeAt(g, i + 1),
      writeGazetteer,
    );
    const h = codeRow(model, caches.title, codeAt(titles, i), codeAt(titles, i - 1), 0, writeTitle);
    const form = forms[i] as FormEntry;
    const shapes = shapeRow(
      model,
      caches,
      view,
      i,
      i === 0 ? 0 : (forms[i - 1] as FormEntry).shapeId,
      form.shapeId,
      i + 1 >= length ? 1 : (forms[i + 1] as FormEntry).shapeId,
    );
    const s = shapes ?? zeros;
    // One pass over the labels: nine int32 rows summed (exact) into the word's scores.
    for (let t = 0; t < n; t++) {
      out[at + t] =
        (rows[own + t] as number) +
        (rows[previous + t] as number) +
        (rows[previous2 + t] as number) +
        (rows[next + t] as number) +
        (rows[next2 + t] as number) +
        (p[t] as number) +
        (z[t] as number) +
        (h[t] as number) +
        (s[t] as number);
    }
    let k = 0;
    if (!shapes)
      k = shapePairFeatures(
        shapeAt(view, i - 1),
        view.shapes[i] as string,
        shapeAt(view, i + 1),
        buffer,
        0,
      );
    // The bigram features (`bigramFeatures`) from the forms' hash states.
    buffer[k++] = finishHash(
      addHashText(
        i === 0 ? START_LEFT : (forms[i - 1] as FormEntry).bigramLeft,
        view.lowers[i] as string,
      ),
    );
    buffer[k++] = finishHash(
      addHashText(form.bigramRight, i + 1 >= length ? '-END-' : (view.lowers[i + 1] as string)),
    );
    k = occasional(view, i, buffer, k);
    for (let f = 0; f < k; f++) model.weightTable.addToFloat(buffer[f] as number, out, at);
  }
  return { statics: out, forms };
}
