import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultKnowledge } from '../knowledge/load.js';
import { useClusters } from './clusters.js';
import { compileDomainClassifier, trainDomainClassifier } from './domain-classifier.js';
import { domainFeature, foldDomain, withDomainCopies } from './domains.js';
import {
  compileNerDomainModels,
  decodeNerFile,
  encodeNerDomainModels,
  type NerModelData,
} from './model.js';
import { tagDocument } from './tagger.js';
import { type TrainSentence, trainNer } from './train.js';

const kb = defaultKnowledge();

function modelOf(rows: [number, [number, number][]][]): NerModelData {
  const sorted = [...rows].sort((a, b) => a[0] - b[0]);
  return {
    meta: { format: 'newsgraph-ner/2', tags: ['O', 'X'], trainedOn: [], iterations: 1, scale: 2 },
    features: Uint32Array.from(sorted.map(([h]) => h)),
    counts: Uint8Array.from(sorted.map(([, e]) => e.length)),
    entryTags: Uint8Array.from(sorted.flatMap(([, e]) => e.map(([t]) => t))),
    weights: Int16Array.from(sorted.flatMap(([, e]) => e.map(([, w]) => w))),
    lexKeys: new Uint32Array(0),
    lexValues: new Uint32Array(0),
  };
}

const weightsOf = (m: NerModelData): Map<number, number[]> => {
  const out = new Map<number, number[]>();
  let e = 0;
  m.features.forEach((h, f) => {
    const row = [0, 0];
    for (const end = e + (m.counts[f] as number); e < end; e++) {
      row[m.entryTags[e] as number] = m.weights[e] as number;
    }
    out.set(h, row);
  });
  return out;
};

describe('domain copies', () => {
  it('writes each static feature again as its copy for the document domain, and not for domain 0', () => {
    const labels = new Uint32Array(0);
    const words = [{ statics: Uint32Array.from([11, 22]), labels }];
    expect(withDomainCopies(words, 0)).toBe(words);
    const [copied] = withDomainCopies(words, 1);
    expect([...(copied?.statics ?? [])]).toEqual([
      11,
      22,
      domainFeature(11, 1),
      domainFeature(22, 1),
    ]);
    expect(copied?.labels).toBe(labels);
    expect(domainFeature(11, 1)).not.toBe(domainFeature(11, 2));
  });

  it('folds one domain: shared weights plus that domain’s copies, and no copy left', () => {
    const model = modelOf([
      [100, [[1, 10]]],
      [domainFeature(100, 1), [[1, 5]]],
      [domainFeature(100, 2), [[1, -10]]],
      [200, [[0, 3]]],
    ]);
    const first = weightsOf(foldDomain(model, 1, 2));
    expect([...first.keys()]).toEqual([100, 200]);
    expect(first.get(100)).toEqual([0, 15]);
    expect(first.get(200)).toEqual([3, 0]);
    // Domain 2's copy cancels the shared weight: the feature is gone.
    expect([...weightsOf(foldDomain(model, 2, 2)).keys()]).toEqual([200]);
    expect(weightsOf(foldDomain(model, 0, 2)).get(100)).toEqual([0, 10]);
  });

  it('requantises when a sum leaves the int16 range, keeping the ratio of weights', () => {
    const model = modelOf([
      [100, [[1, 30000]]],
      [domainFeature(100, 1), [[1, 30000]]],
      [200, [[1, 15000]]],
    ]);
    const folded = foldDomain(model, 1, 2);
    expect([...folded.weights]).toEqual([32767, 8192]);
    expect(folded.meta.scale).toBeCloseTo((2 * 32767) / 60000, 6);
  });
});

describe('a model per domain', () => {
  beforeAll(() => useClusters(new Map()));
  afterAll(() => useClusters(undefined));

  // Two sets that disagree on one convention: in the first "Wembley" is a place, in the second
  // (where a facility is not an entity) it is nothing. Each set is written its own way too.
  const sentence = (text: string, spans: [number, number, string][]): TrainSentence => {
    const words = text.split(' ');
    return {
      words,
      pos: new Uint8Array(words.length),
      spans: spans.map(([from, to, type]) => ({ from, to, type })),
    };
  };
  const wire = (k: number): TrainSentence[] => [
    sentence(`LONDON 1996-08-${10 + k} -- Fans went to Wembley .`, [
      [0, 1, 'LOC'],
      [6, 7, 'LOC'],
    ]),
  ];
  const web = (k: number): TrainSentence[] => [
    sentence(`Fans went to Wembley – ${k} said Anna Berg “ yes ” .`, [[7, 9, 'PER']]),
  ];
  const docs = [...[0, 1, 2, 3].map(wire), ...[0, 1, 2, 3].map(web)];
  const domains = docs.map((_, i) => (i < 4 ? 1 : 2));
  const options = { types: ['PER', 'LOC'], iterations: 6, seed: 7, trainedOn: ['toy'] };
  const trained = trainNer(docs, kb, { ...options, domains });
  const classifier = trainDomainClassifier(
    docs.map((d, i) => ({ words: d.flatMap((s) => s.words), domain: i < 4 ? 0 : 1 })),
    ['wire', 'web'],
    7,
  );

  it('tags each document with the conventions of the domain the classifier finds for it', () => {
    const stored = {
      classifier,
      models: [foldDomain(trained, 1, 2), foldDomain(trained, 2, 2)] as [
        NerModelData,
        NerModelData,
      ],
    };
    const model = compileNerDomainModels(decodeNerFile(encodeNerDomainModels(stored)) as never);
    const [asWire] = tagDocument(model, wire(7), kb);
    const [asWeb] = tagDocument(model, web(7), kb);
    expect(asWire).toContainEqual({ from: 6, to: 7, type: 'LOC' });
    expect(asWeb?.some((s) => s.from === 3)).toBe(false);
  });

  it('stores both models and the classifier, and reads them back unchanged', () => {
    const models: [NerModelData, NerModelData] = [
      foldDomain(trained, 1, 2),
      foldDomain(trained, 2, 2),
    ];
    const back = decodeNerFile(encodeNerDomainModels({ classifier, models }));
    expect('classifier' in back && back.classifier).toEqual(classifier);
    expect('classifier' in back && [...back.models[1].weights]).toEqual([...models[1].weights]);
    expect(decodeNerFile(encodeNerDomainModels({ classifier, models }))).toEqual(back);
  });

  it('names a truncated file instead of reading past its end', () => {
    const bytes = gunzipSync(encodeNerDomainModels({ classifier, models: [trained, trained] }));
    expect(() => decodeNerFile(bytes.subarray(0, bytes.length - 100), 'cut.bin')).toThrow(
      /NG_E008.*cut\.bin|cut\.bin.*NG_E008/,
    );
  });
});

describe('domain classifier', () => {
  const doc = (text: string, domain: 0 | 1) => ({ words: text.split(' '), domain });
  const docs = [
    doc('MOSCOW 1996-08-22 -- Russia said', 0),
    doc('PARIS 1996-08-23 -- France said', 0),
    doc('LIMA 1996-08-24 -- Peru said', 0),
    doc('Kenya ’s minister said – “ no ”', 1),
    doc('India ’s minister said – “ yes ”', 1),
    doc('Chile ’s minister said – “ maybe ”', 1),
  ];

  it('tells documents apart by how they are written, the same way on every run', () => {
    const data = trainDomainClassifier(docs, ['wire', 'web'], 3);
    expect(trainDomainClassifier(docs, ['wire', 'web'], 3)).toEqual(data);
    const { domainOf } = compileDomainClassifier(data);
    expect(domainOf('OSLO 1996-09-01 -- Norway said'.split(' '))).toBe(0);
    expect(domainOf('Ghana ’s minister said – “ no ”'.split(' '))).toBe(1);
  });

  it('answers for an empty document without failing', () => {
    const { domainOf } = compileDomainClassifier(trainDomainClassifier(docs, ['a', 'b'], 3));
    expect([0, 1]).toContain(domainOf([]));
  });
});
