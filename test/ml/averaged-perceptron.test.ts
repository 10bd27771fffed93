import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AveragedPerceptron, argmax } from '../../src/ml/averaged-perceptron.js';
import { hashString } from '../../src/ml/feature-hash.js';
import { ModelError } from '../../src/ml/model-error.js';

const SEED = readFileSync('/work/shared/seed/press-tv-syria-2019-04.txt', 'utf8');

// A toy but real task: is a seed word capitalised (0), lower-case (1) or punctuation (2)?
// Learned from hashed features: the first character, its case and letter-ness, the suffix.
const CAPITALISED = 0;
const LOWER = 1;
const PUNCTUATION = 2;

function label(word: string): number {
  if (/^\p{Lu}/u.test(word)) return CAPITALISED;
  if (/^\p{Ll}/u.test(word)) return LOWER;
  return PUNCTUATION;
}

function features(word: string): Uint32Array {
  const first = word[0]!;
  return Uint32Array.from([
    hashString(`first=${first}`),
    hashString(`upper-cased-same=${first.toUpperCase() === first}`),
    hashString(`lower-cased-same=${first.toLowerCase() === first}`),
    hashString(`suffix=${word.slice(-2)}`),
    hashString('bias'),
  ]);
}

const WORDS = SEED.split(/\s+|(?=[,.«»])|(?<=[,.«»])/u).filter((word) => word.length > 0);
const TRAIN = WORDS.slice(0, Math.floor(WORDS.length * 0.7));
const HELD_OUT = WORDS.slice(TRAIN.length);

function trainModel(): AveragedPerceptron {
  const model = new AveragedPerceptron({ classes: 3, bucketBits: 12 });
  const scores = new Float32Array(3);
  for (let epoch = 0; epoch < 5; epoch++) {
    for (const word of TRAIN) {
      const feats = features(word);
      model.update(feats, feats.length, label(word), model.predict(feats, feats.length, scores));
      model.tick();
    }
  }
  model.average();
  return model;
}

function accuracy(model: AveragedPerceptron, words: readonly string[]): number {
  let correct = 0;
  for (const word of words) {
    const feats = features(word);
    if (model.predict(feats, feats.length) === label(word)) correct++;
  }
  return correct / words.length;
}

describe('AveragedPerceptron', () => {
  it('learns to classify held-out words of the seed article', () => {
    expect(HELD_OUT.length).toBeGreaterThan(100);
    expect(accuracy(trainModel(), HELD_OUT)).toBeGreaterThan(0.97);
  });

  it('averages weights: an update late in training counts less than one made early', () => {
    const model = new AveragedPerceptron({ classes: 2, bucketBits: 4 });
    const feature = [hashString('x')];
    model.adjust(feature, 1, 0, 1); // during instance 1 of 4: present after all 4
    for (let i = 0; i < 3; i++) model.tick();
    model.adjust(feature, 1, 1, 1); // during instance 4 of 4: present after 1 of them
    model.tick();
    model.average();
    const scores = new Float32Array(2);
    model.score(feature, 1, scores);
    expect(scores[0]).toBeCloseTo(1, 5);
    expect(scores[1]).toBeCloseTo(0.25, 5);
    expect(model.trainable).toBe(false);
    expect(() => model.adjust(feature, 1, 0, 1)).toThrow(/no longer trainable/);
  });

  it('round-trips through 16- and 8-bit serialisation with the same predictions', () => {
    const model = trainModel();
    for (const bits of [16, 8] as const) {
      const bytes = model.serialize({ bits });
      expect(bytes.byteLength).toBeLessThan((1 << 12) * 3 * 2);
      const loaded = AveragedPerceptron.deserialize(bytes);
      expect(loaded.classes).toBe(3);
      for (const word of WORDS) {
        const feats = features(word);
        expect(loaded.predict(feats, feats.length)).toBe(model.predict(feats, feats.length));
      }
      // A loaded model keeps only its non-zero rows, and serialises back to the same bytes.
      expect([...loaded.serialize({ bits })]).toEqual([...bytes]);
    }
  });

  it('scores the same when the weights section starts at an odd offset of the model file', () => {
    const bytes = trainModel().serialize({ bits: 16 });
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    const loaded = AveragedPerceptron.deserialize(bytes);
    const unaligned = AveragedPerceptron.deserialize(shifted.subarray(1));
    for (const word of WORDS) {
      const feats = features(word);
      const [a, b] = [new Float32Array(3), new Float32Array(3)];
      loaded.score(feats, feats.length, a);
      unaligned.score(feats, feats.length, b);
      expect([...b]).toEqual([...a]);
    }
  });

  it('rejects truncated weights with a ModelError', () => {
    const bytes = trainModel().serialize();
    expect(() => AveragedPerceptron.deserialize(bytes.subarray(0, bytes.length - 3))).toThrow(ModelError);
    expect(() => AveragedPerceptron.deserialize(bytes.subarray(0, 10))).toThrow(ModelError);
  });

  it('argmax returns the first best index', () => {
    expect(argmax(Float32Array.from([0.5, 2, 2, -1]))).toBe(1);
  });
});
