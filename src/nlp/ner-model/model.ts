import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { dataPath } from '../../doc/data-path.js';
import { NewsgraphError } from '../../doc/errors.js';
import { entryStarts } from '../perceptron/index.js';
import { WeightTable } from '../perceptron/weight-table.js';
import { HashIndex } from '../pos/hash.js';
import { decodeModel, encodeModel, encodeModelRaw, type PosModelData } from '../pos/model.js';
import { compileDomainClassifier, type DomainClassifierData } from './domain-classifier.js';
import { labelOnlyFeature, type NerFeatureSet, RUN_TIME_FEATURES } from './features.js';
import { transitionTable } from './labels.js';

export const NER_MODEL_FORMAT = 'newsgraph-ner/1';
/**
 * The same layout, for a model trained with the label-distribution history features
 * (`DocMemory`'s `labelCounts`): the tagger turns them on when it loads one.
 */
export const NER_MODEL_FORMAT_HISTORY = 'newsgraph-ner/2';
/**
 * A container of two `NER_MODEL_FORMAT_HISTORY` models, one per training set's conventions, and
 * the classifier that picks one for each document (`domains.ts`, `domain-classifier.ts`).
 */
export const NER_MODEL_FORMAT_DOMAINS = 'newsgraph-ner/3';
export const DEFAULT_NER_MODEL = 'models/ner.bin';

/** The stored form is the POS model's layout (`../pos/model.ts`) with BILOU labels as its tags. */
export type NerModelData = PosModelData;

/** What `NER_MODEL_FORMAT_DOMAINS` stores: `models[k]` tags the documents of `classifier.domains[k]`. */
export interface NerDomainModels {
  classifier: DomainClassifierData;
  models: [NerModelData, NerModelData];
}

/** The two compiled models of a `NerDomainModels` and the compiled classifier. */
export interface NerByDomain {
  domainOf(words: readonly string[]): 0 | 1;
  readonly models: readonly [NerModel, NerModel];
}

/** A compiled model; its `NerFeatureSet` is the templates the tagger writes for it. */
export interface NerModel extends NerFeatureSet {
  readonly labels: readonly string[];
  /** Entity types in label order (`B-PER` … → `PER`). */
  readonly types: readonly string[];
  readonly trainedOn: readonly string[];
  readonly features: HashIndex;
  readonly firstEntry: Int32Array;
  readonly entryTags: Uint8Array;
  readonly weights: Int16Array;
  /** The same weights packed for run-time lookups. */
  readonly weightTable: WeightTable;
  /** `allowed(prev, next)` at `(prev + 1) * labels + next`. */
  readonly transitions: Uint8Array;
  /** Weights of the previous-label-only feature, at the same index: summed once per model. */
  readonly transitionScores: Float64Array;
  /** Trained with the label-distribution history features (`NER_MODEL_FORMAT_HISTORY`). */
  readonly historyDistribution: boolean;
  /** Set on a model loaded from `NER_MODEL_FORMAT_DOMAINS`: the tagger tags each document with one of these. */
  readonly byDomain?: NerByDomain;
}

/**
 * `featureSet`: the templates to tag with, `RUN_TIME_FEATURES` unless a trainer scores a member
 * with the set it is trained with (the stored form does not say).
 */
export function compileNerModel(
  data: NerModelData,
  featureSet: NerFeatureSet = RUN_TIME_FEATURES,
): NerModel {
  const labels = data.meta.tags;
  const types = labels.filter((l) => l.startsWith('B-')).map((l) => l.slice(2));
  const firstEntry = entryStarts(data.counts);
  const features = new HashIndex(data.features);
  const n = labels.length;
  const transitionScores = new Float64Array((n + 1) * n);
  for (let prev = -1; prev < n; prev++) {
    const f = features.get(labelOnlyFeature(prev));
    if (f < 0) continue;
    for (let e = firstEntry[f] as number; e < (firstEntry[f + 1] as number); e++) {
      transitionScores[(prev + 1) * n + (data.entryTags[e] as number)] = data.weights[e] as number;
    }
  }
  return {
    labels,
    types,
    trainedOn: data.meta.trainedOn,
    features,
    firstEntry,
    entryTags: data.entryTags,
    weights: data.weights,
    weightTable: new WeightTable(data.features, data.counts, data.entryTags, data.weights),
    transitions: transitionTable(n),
    transitionScores,
    historyDistribution: data.meta.format === NER_MODEL_FORMAT_HISTORY,
    neighbourSuffix: featureSet.neighbourSuffix,
  };
}

export const encodeNerModel = (data: NerModelData): Buffer => encodeModel(data);

/** `[u32 header length][header JSON: format, classifier, model sizes][model][model]`, gzipped. */
export function encodeNerDomainModels(data: NerDomainModels): Buffer {
  const models = data.models.map(encodeModelRaw);
  const header = Buffer.from(
    JSON.stringify({
      format: NER_MODEL_FORMAT_DOMAINS,
      classifier: data.classifier,
      sizes: models.map((m) => m.length),
    }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  return gzipSync(Buffer.concat([length, header, ...models]), { level: 9 });
}

/** The compiled models of a `NerDomainModels`; the second (ner-worldwide's) carries `byDomain`. */
export function compileNerDomainModels(
  data: NerDomainModels,
  featureSet: NerFeatureSet = RUN_TIME_FEATURES,
): NerModel {
  const models = [
    compileNerModel(data.models[0], featureSet),
    compileNerModel(data.models[1], featureSet),
  ] as const;
  const { domainOf } = compileDomainClassifier(data.classifier);
  return { ...models[1], byDomain: { domainOf, models } };
}

/** Loads the committed model (`data/models/ner.bin`) or the file at `path`. */
export function loadNerModel(path?: string): NerModel {
  const file = path ?? dataPath(DEFAULT_NER_MODEL);
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new NewsgraphError('NG_E005', file, error instanceof Error ? error.message : undefined);
  }
  const stored = decodeNerFile(bytes, file);
  return 'classifier' in stored ? compileNerDomainModels(stored) : compileNerModel(stored);
}

/** Either kind of stored NER file: one model, or models by domain (`NER_MODEL_FORMAT_DOMAINS`). */
export function decodeNerFile(bytes: Buffer, name = 'ner model'): NerModelData | NerDomainModels {
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  const header = readHeader(raw);
  if (header?.format !== NER_MODEL_FORMAT_DOMAINS) return decodeNerModel(raw, name);
  const sizes = header.sizes as [number, number];
  const start = 4 + raw.readUInt32LE(0);
  const classifier = header.classifier as DomainClassifierData | undefined;
  const valid =
    Array.isArray(sizes) &&
    sizes.length === 2 &&
    sizes.every((n) => Number.isInteger(n) && n > 0) &&
    start + sizes[0] + sizes[1] <= raw.length &&
    typeof classifier?.bias === 'number' &&
    typeof classifier.weights === 'object';
  if (!valid) throw new NewsgraphError('NG_E008', name, 'truncated or malformed domain models');
  const first = raw.subarray(start, start + sizes[0]);
  const second = raw.subarray(start + sizes[0], start + sizes[0] + sizes[1]);
  return {
    classifier,
    models: [decodeNerModel(first, name), decodeNerModel(second, name)],
  };
}

/** Decodes either NER format (`NER_MODEL_FORMAT`, `NER_MODEL_FORMAT_HISTORY`). */
export function decodeNerModel(bytes: Buffer, name = 'ner model'): NerModelData {
  const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
  return decodeModel(raw, name, headerFormat(raw) ?? NER_MODEL_FORMAT);
}

/** The `NER_MODEL_FORMAT_HISTORY` of a stored model's header, or undefined. */
function headerFormat(raw: Buffer): string | undefined {
  return readHeader(raw)?.format === NER_MODEL_FORMAT_HISTORY
    ? NER_MODEL_FORMAT_HISTORY
    : undefined;
}

function readHeader(raw: Buffer): Record<string, unknown> | undefined {
  if (raw.length < 4) return undefined;
  const length = raw.readUInt32LE(0);
  try {
    return JSON.parse(raw.subarray(4, 4 + length).toString('utf8')) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
