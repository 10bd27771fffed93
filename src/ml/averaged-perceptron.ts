/**
 * Multiclass averaged perceptron over hashed binary features.
 *
 * Weights live in one dense typed array of `buckets × classes` (a feature hash selects a row),
 * which keeps scoring to a few cache-friendly additions per feature; a loaded model keeps only
 * its non-zero rows (src/ml/row-index.ts). Averaging uses the
 * "w − u/c" trick (Daumé III): an update made while `c` instances are completed adds c·delta to u,
 * so the average over all instances is w − u/c at the end, with no per-weight timestamps.
 */
import { ModelError } from './model-error.js';
import { RowIndex } from './row-index.js';

export interface PerceptronShape {
  /** Number of output classes. */
  readonly classes: number;
  /** The weight table has 2^bucketBits rows; feature hashes are masked to that range. */
  readonly bucketBits: number;
}

export interface SerializeOptions {
  /** Quantisation of the stored weights: 8 or 16 bits per weight (16 by default). */
  readonly bits?: 8 | 16;
}

const SERIAL_VERSION = 1;
const HEADER_INTS = 5; // version, classes, bucketBits, bits, nonZeroRows

export class AveragedPerceptron {
  readonly classes: number;
  readonly bucketBits: number;
  private readonly mask: number;
  /** Float while training; quantised integers (times `scale`) once loaded, to load fast and stay small. */
  private weights: Float32Array | Int16Array | Int8Array;
  private scale = 1;
  /** Once loaded, `weights` holds only the non-zero rows, found through this index; null while dense. */
  private rows: RowIndex | null = null;
  /** Sum of time-weighted updates; null once averaged or when loaded from bytes. */
  private timeWeighted: Float64Array | null;
  /** Training instances completed so far (the averaging denominator). */
  private time = 0;

  /** `quantised` is for `deserialize`: ready weights of the rows `rows` stores, which make the model non-trainable. */
  constructor(shape: PerceptronShape, quantised?: { weights: Int16Array | Int8Array; scale: number; rows: RowIndex }) {
    if (!Number.isInteger(shape.classes) || shape.classes < 1) throw new RangeError(`classes must be a positive integer, got ${shape.classes}`);
    if (!Number.isInteger(shape.bucketBits) || shape.bucketBits < 1 || shape.bucketBits > 26) {
      throw new RangeError(`bucketBits must be an integer in [1, 26], got ${shape.bucketBits}`);
    }
    this.classes = shape.classes;
    this.bucketBits = shape.bucketBits;
    this.mask = (1 << shape.bucketBits) - 1;
    const size = (1 << shape.bucketBits) * shape.classes;
    if (quantised) {
      if (quantised.weights.length !== quantised.rows.count * shape.classes) throw new RangeError('quantised weights do not match the shape');
      this.weights = quantised.weights;
      this.scale = quantised.scale;
      this.rows = quantised.rows;
      this.timeWeighted = null;
    } else {
      this.weights = new Float32Array(size);
      this.timeWeighted = new Float64Array(size);
    }
  }

  /** True while the model can still learn (before `average()` or after loading). */
  get trainable(): boolean {
    return this.timeWeighted !== null;
  }

  /** Where a feature's weight row starts in `weights`, or -1 for a row a loaded model does not store (all zeros). */
  private rowStart(feature: number): number {
    const bucket = feature & this.mask;
    const position = this.rows === null ? bucket : this.rows.positionOf(bucket);
    return position < 0 ? -1 : position * this.classes;
  }

  /** Adds the class scores of the first `count` features to `scores` (which the caller zeroes). */
  score(features: Uint32Array | readonly number[], count: number, scores: Float32Array): void {
    const classes = this.classes;
    const weights = this.weights;
    const scale = this.scale;
    for (let f = 0; f < count; f++) {
      const row = this.rowStart(features[f]!);
      // An unstored row is all zeros: skipping it leaves the scores as adding it would.
      if (row < 0) continue;
      for (let c = 0; c < classes; c++) scores[c] += weights[row + c]! * scale;
    }
  }

  /** Like `score`, for the listed classes only: a decision that can take only a few of the classes reads only their weights. */
  scoreClasses(features: Uint32Array, count: number, classList: Int32Array, scores: Float32Array): void {
    const weights = this.weights;
    const scale = this.scale;
    for (let f = 0; f < count; f++) {
      const row = this.rowStart(features[f]!);
      if (row < 0) continue;
      for (let k = 0; k < classList.length; k++) {
        const c = classList[k]!;
        scores[c] += weights[row + c]! * scale;
      }
    }
  }

  /** Best class for the features; `scores` is scratch space of length `classes` (allocated if omitted). */
  predict(features: Uint32Array | readonly number[], count: number, scores?: Float32Array): number {
    const buffer = scores ?? new Float32Array(this.classes);
    buffer.fill(0);
    this.score(features, count, buffer);
    return argmax(buffer, this.classes);
  }

  /** Moves the weights of `cls` for these features by `delta`; the learning primitive. */
  adjust(features: Uint32Array | readonly number[], count: number, cls: number, delta: number): void {
    const timeWeighted = this.requireTrainable();
    const classes = this.classes;
    const weights = this.weights;
    const mask = this.mask;
    const timedDelta = this.time * delta;
    for (let f = 0; f < count; f++) {
      const index = (features[f]! & mask) * classes + cls;
      weights[index] += delta;
      timeWeighted[index] += timedDelta;
    }
  }

  /** Standard perceptron step: reward the truth and penalise the guess when they differ. */
  update(features: Uint32Array | readonly number[], count: number, truth: number, guess: number): void {
    if (truth !== guess) {
      this.adjust(features, count, truth, 1);
      this.adjust(features, count, guess, -1);
    }
  }

  /** Marks the end of one training instance (a token, a sentence, a parser transition…). */
  tick(): void {
    this.time++;
  }

  /** Replaces the weights by their average over all instances; ends training. */
  average(): void {
    const timeWeighted = this.requireTrainable();
    const weights = this.weights as Float32Array;
    const time = Math.max(this.time, 1);
    for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! - timeWeighted[i]! / time;
    this.timeWeighted = null;
  }

  /**
   * A non-trainable copy holding the weights `average()` would give now, while this model keeps
   * learning: lets a trainer score every epoch's averaged model and keep the best one.
   */
  averagedCopy(): AveragedPerceptron {
    const timeWeighted = this.requireTrainable();
    const weights = this.weights as Float32Array;
    const time = Math.max(this.time, 1);
    const copy = new AveragedPerceptron({ classes: this.classes, bucketBits: this.bucketBits });
    const averaged = copy.weights as Float32Array;
    for (let i = 0; i < weights.length; i++) averaged[i] = weights[i]! - timeWeighted[i]! / time;
    copy.timeWeighted = null;
    return copy;
  }

  /**
   * Compact bytes: quantised weights of the non-zero rows plus a bitmap of which rows they are.
   * Hashed tables are sparse in practice, and the bytes are gzipped by the model file on top.
   */
  serialize(options: SerializeOptions = {}): Uint8Array {
    const bits = options.bits ?? 16;
    const classes = this.classes;
    const rows = 1 << this.bucketBits;
    const weights = this.denseWeights();
    const currentScale = this.scale;
    let maxAbs = 0;
    for (let i = 0; i < weights.length; i++) {
      const magnitude = Math.abs(weights[i]! * currentScale);
      if (magnitude > maxAbs) maxAbs = magnitude;
    }
    const levels = bits === 8 ? 127 : 32767;
    const scale = maxAbs > 0 ? maxAbs / levels : 1;
    const bitmap = new Uint8Array(Math.ceil(rows / 8));
    let nonZeroRows = 0;
    for (let r = 0; r < rows; r++) {
      const base = r * classes;
      for (let c = 0; c < classes; c++) {
        if (Math.round((weights[base + c]! * currentScale) / scale) !== 0) {
          bitmap[r >>> 3] |= 1 << (r & 7);
          nonZeroRows++;
          break;
        }
      }
    }
    const headerBytes = HEADER_INTS * 4 + 8; // ints + float64 scale
    const bitmapOffset = headerBytes;
    const valuesOffset = align(bitmapOffset + bitmap.length, 8);
    const valueCount = nonZeroRows * classes;
    const total = valuesOffset + valueCount * (bits / 8);
    const buffer = new ArrayBuffer(total);
    const view = new DataView(buffer);
    view.setInt32(0, SERIAL_VERSION, true);
    view.setInt32(4, classes, true);
    view.setInt32(8, this.bucketBits, true);
    view.setInt32(12, bits, true);
    view.setInt32(16, nonZeroRows, true);
    view.setFloat64(20, scale, true);
    new Uint8Array(buffer, bitmapOffset, bitmap.length).set(bitmap);
    const values = bits === 8 ? new Int8Array(buffer, valuesOffset, valueCount) : new Int16Array(buffer, valuesOffset, valueCount);
    let out = 0;
    for (let r = 0; r < rows; r++) {
      if ((bitmap[r >>> 3]! & (1 << (r & 7))) === 0) continue;
      const base = r * classes;
      for (let c = 0; c < classes; c++) values[out++] = Math.round((weights[base + c]! * currentScale) / scale);
    }
    return new Uint8Array(buffer);
  }

  /** Rebuilds a (non-trainable) model from `serialize()` bytes; throws ModelError on bad bytes. */
  static deserialize(bytes: Uint8Array): AveragedPerceptron {
    if (bytes.byteLength < HEADER_INTS * 4 + 8) throw new ModelError('perceptron weights are truncated (header too short)');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const version = view.getInt32(0, true);
    if (version !== SERIAL_VERSION) throw new ModelError(`perceptron weights have serial version ${version}, expected ${SERIAL_VERSION}`);
    const classes = view.getInt32(4, true);
    const bucketBits = view.getInt32(8, true);
    const bits = view.getInt32(12, true);
    const nonZeroRows = view.getInt32(16, true);
    const scale = view.getFloat64(20, true);
    if (classes < 1 || bucketBits < 1 || bucketBits > 26 || (bits !== 8 && bits !== 16) || nonZeroRows < 0 || !(scale > 0)) {
      throw new ModelError('perceptron weights have an invalid header');
    }
    const rows = 1 << bucketBits;
    const bitmapOffset = HEADER_INTS * 4 + 8;
    const bitmapLength = Math.ceil(rows / 8);
    const valuesOffset = align(bitmapOffset + bitmapLength, 8);
    const valueCount = nonZeroRows * classes;
    if (bytes.byteLength !== valuesOffset + valueCount * (bits / 8)) throw new ModelError('perceptron weights are truncated or padded (size mismatch)');
    const rowIndex = new RowIndex(bytes.subarray(bitmapOffset, bitmapOffset + bitmapLength), rows);
    if (rowIndex.count !== nonZeroRows) throw new ModelError('perceptron weights bitmap does not match its values');
    // The weights stay in `bytes` (the loaded model file): copied only when a section starts at an odd offset.
    const stored = bytes.subarray(valuesOffset);
    const values = bits === 8 ? new Int8Array(stored.buffer, stored.byteOffset, valueCount)
      : stored.byteOffset % 2 === 0 ? new Int16Array(stored.buffer, stored.byteOffset, valueCount) : new Int16Array(stored.slice().buffer);
    return new AveragedPerceptron({ classes, bucketBits }, { weights: values, scale, rows: rowIndex });
  }

  /** All rows, the unstored ones as zeros (for serialising a loaded model again). */
  private denseWeights(): Float32Array | Int16Array | Int8Array {
    const rows = this.rows;
    if (rows === null) return this.weights;
    const classes = this.classes;
    const dense = new (this.weights.constructor as Int16ArrayConstructor | Int8ArrayConstructor)((1 << this.bucketBits) * classes);
    for (let r = 0; r < 1 << this.bucketBits; r++) {
      const position = rows.positionOf(r);
      if (position >= 0) dense.set(this.weights.subarray(position * classes, (position + 1) * classes), r * classes);
    }
    return dense;
  }

  private requireTrainable(): Float64Array {
    if (this.timeWeighted === null) throw new Error('perceptron is no longer trainable (averaged or loaded)');
    return this.timeWeighted;
  }
}

/** Index of the highest score among the first `count` entries (the first one on ties). */
export function argmax(scores: Float32Array, count: number = scores.length): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let c = 0; c < count; c++) {
    if (scores[c]! > bestScore) {
      bestScore = scores[c]!;
      best = c;
    }
  }
  return best;
}

function align(offset: number, to: number): number {
  return Math.ceil(offset / to) * to;
}
