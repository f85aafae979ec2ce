import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dataPath } from '../../doc/data-path.js';
import { UPOS_TAGS } from '../../doc/doc.js';
import { NewsgraphError } from '../../doc/errors.js';
import { entryStarts } from '../perceptron/index.js';
import { WeightTable } from '../perceptron/weight-table.js';
import type { Lexicon } from './features.js';
import { addText, finish, HashIndex, seed } from './hash.js';

export const POS_MODEL_FORMAT = 'newsgraph-pos/1';
export const DEFAULT_POS_MODEL = 'models/pos.bin';

/** Lexicon keys: the lowercase form for the ambiguity class, the form as written for the dictionary. */
const LEX_CLASS = 101;
const LEX_DICT = 102;
export const lexiconKey = (kind: 'class' | 'dict', text: string): number =>
  finish(addText(seed(kind === 'class' ? LEX_CLASS : LEX_DICT), text));

export interface PosModelMeta {
  format: string;
  /** Tag names; model tag ids index this list. */
  tags: string[];
  trainedOn: string[];
  iterations: number;
  /** Stored weights are `round(weight * scale)`. */
  scale: number;
}

/**
 * A trained model as stored: feature hashes (ascending) with `counts[f]` weight entries each, in
 * order; entry `e` adds `weights[e]` to the score of tag `entryTags[e]`. The lexicon maps
 * `lexiconKey` hashes (ascending) to an ambiguity mask or a dictionary tag id.
 */
export interface PosModelData extends PosWeights {
  meta: PosModelMeta;
  lexKeys: Uint32Array;
  lexValues: Uint32Array;
  /**
   * The right-to-left model: trained on the same sentences reversed, with the same features and
   * lexicon; the tagger adds its scores to the left-to-right model's (`./tagger.ts`).
   */
  backward?: PosWeights & { scale: number };
}

/** One model's weights in the stored layout (see `PosModelData`). */
export interface PosWeights {
  features: Uint32Array;
  counts: Uint8Array;
  entryTags: Uint8Array;
  weights: Int16Array;
}

/** The loaded form: hash indexes over the stored arrays. */
export interface PosModel {
  readonly meta: PosModelMeta;
  readonly tagCount: number;
  /** Model tag id → index in `UPOS_TAGS`. */
  readonly toUpos: Uint8Array;
  readonly features: HashIndex;
  readonly firstEntry: Int32Array;
  readonly entryTags: Uint8Array;
  readonly weights: Int16Array;
  /** The same weights packed for run-time lookups. */
  readonly weightTable: WeightTable;
  readonly lexicon: Lexicon;
  /** The right-to-left model, over reversed sentences (same tags and lexicon), when stored. */
  readonly backward?: PosModel;
}

export function compileModel(data: PosModelData): PosModel {
  const forward = compileOne(data);
  if (!data.backward) return forward;
  const { scale, ...weights } = data.backward;
  const meta = { ...data.meta, scale };
  return { ...forward, backward: compileOne({ ...data, ...weights, meta, backward: undefined }) };
}

function compileOne(data: PosModelData): PosModel {
  const { meta } = data;
  const toUpos = new Uint8Array(meta.tags.length);
  meta.tags.forEach((tag, i) => {
    const id = (UPOS_TAGS as readonly string[]).indexOf(tag);
    if (id < 0) throw new NewsgraphError('NG_E008', 'pos model', `unknown tag ${tag}`);
    toUpos[i] = id;
  });
  const firstEntry = entryStarts(data.counts);
  const lex = new HashIndex(data.lexKeys);
  const value = (key: number): number => {
    const slot = lex.get(key);
    return slot < 0 ? 0 : (data.lexValues[slot] as number);
  };
  return {
    meta,
    tagCount: meta.tags.length,
    toUpos,
    features: new HashIndex(data.features),
    firstEntry,
    entryTags: data.entryTags,
    weights: data.weights,
    weightTable: new WeightTable(data.features, data.counts, data.entryTags, data.weights),
    lexicon: {
      ambiguityClass: (lower) => value(lexiconKey('class', lower)),
      dictionaryTag: (word) => value(lexiconKey('dict', word)) - 1,
    },
  };
}

const u32Bytes = (a: Uint32Array): Buffer => {
  const b = Buffer.alloc(a.length * 4);
  for (let i = 0; i < a.length; i++) b.writeUInt32LE(a[i] as number, i * 4);
  return b;
};

function weightBytes(w: PosWeights): Buffer[] {
  const i16 = Buffer.alloc(w.weights.length * 2);
  for (let i = 0; i < w.weights.length; i++) i16.writeInt16LE(w.weights[i] as number, i * 2);
  return [u32Bytes(w.features), Buffer.from(w.counts), Buffer.from(w.entryTags), i16];
}

/**
 * Stored format: gzip of `[u32 header length][header JSON][arrays, little-endian, in field order]`;
 * a backward model's arrays follow the lexicon, its sizes and scale in the header's `backward`.
 * A file without it is a left-to-right model alone.
 */
export function encodeModel(data: PosModelData): Buffer {
  return gzipSync(encodeModelRaw(data), { level: 9 });
}

/** `encodeModel` before compression, for containers that hold several models (the NER's domains). */
export function encodeModelRaw(data: PosModelData): Buffer {
  const { backward } = data;
  const header = Buffer.from(
    JSON.stringify({
      ...data.meta,
      features: data.features.length,
      entries: data.weights.length,
      lexicon: data.lexKeys.length,
      ...(backward && {
        backward: {
          features: backward.features.length,
          entries: backward.weights.length,
          scale: backward.scale,
        },
      }),
    }),
  );
  const parts: Buffer[] = [Buffer.alloc(4), header];
  parts[0]?.writeUInt32LE(header.length);
  parts.push(...weightBytes(data), u32Bytes(data.lexKeys), u32Bytes(data.lexValues));
  if (backward) parts.push(...weightBytes(backward));
  return Buffer.concat(parts);
}

interface SectionSizes {
  features: number;
  entries: number;
}

/** Decodes a stored model; other perceptron models (NER) share the layout under their own `format`. */
export function decodeModel(
  bytes: Buffer,
  name = 'pos model',
  format = POS_MODEL_FORMAT,
): PosModelData {
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const headerLength = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as PosModelMeta &
    SectionSizes & { lexicon: number; backward?: SectionSizes & { scale: number } };
  if (header.format !== format) {
    throw new NewsgraphError('NG_E008', name, `format ${header.format}, want ${format}`);
  }
  let at = 4 + headerLength;
  const u32 = (n: number) => {
    const a = new Uint32Array(n);
    for (let i = 0; i < n; i++, at += 4) a[i] = raw.readUInt32LE(at);
    return a;
  };
  const u8 = (n: number) => {
    const a = Uint8Array.from(raw.subarray(at, at + n));
    at += n;
    return a;
  };
  const section = (sizes: SectionSizes): PosWeights => {
    const features = u32(sizes.features);
    const counts = u8(sizes.features);
    const entryTags = u8(sizes.entries);
    const weights = new Int16Array(sizes.entries);
    for (let i = 0; i < sizes.entries; i++, at += 2) weights[i] = raw.readInt16LE(at);
    return { features, counts, entryTags, weights };
  };
  const forward = section(header);
  const lexKeys = u32(header.lexicon);
  const lexValues = u32(header.lexicon);
  const { tags, trainedOn, iterations, scale } = header;
  const meta = { format: header.format, tags, trainedOn, iterations, scale };
  const data: PosModelData = { meta, ...forward, lexKeys, lexValues };
  if (header.backward)
    data.backward = { ...section(header.backward), scale: header.backward.scale };
  return data;
}

/** Loads the committed model (`data/models/pos.bin`) or the file at `path`. */
export function loadPosModel(path?: string): PosModel {
  const file = path ?? dataPath(DEFAULT_POS_MODEL);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new NewsgraphError('NG_E005', file, error instanceof Error ? error.message : undefined);
  }
  return compileModel(decodeModel(bytes, file));
}
