/** BIO labels over PER/LOC/ORG/MISC and the transitions a valid tag sequence may take. */
import type { EntityType } from '../record/layers/entities.js';

export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];

/** Label 0 is O; then B-X, I-X for each type in ENTITY_TYPES order. */
export const BIO_LABELS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((type) => [`B-${type}`, `I-${type}`])];

export const OUTSIDE = 0;

export function isInside(label: number): boolean {
  return label > 0 && label % 2 === 0;
}

export function typeOfLabel(label: number): EntityType | null {
  return label === 0 ? null : ENTITY_TYPES[(label - 1) >> 1]!;
}

/** I-X may only follow B-X or I-X; everything else may follow anything. `previous` -1 = sentence start. */
export function allowedTransition(previous: number, label: number): boolean {
  if (!isInside(label)) return true;
  return previous === label || previous === label - 1;
}

export interface LabelSpan {
  type: EntityType;
  /** Word indices, end exclusive. */
  start: number;
  end: number;
}

/** Entity spans of a valid BIO sequence (an I- that does not continue is read as a B-, as conlleval does). */
export function spansOfLabels(labels: ArrayLike<number>): LabelSpan[] {
  const spans: LabelSpan[] = [];
  let open: LabelSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const type = typeOfLabel(label);
    const continues = open !== null && isInside(label) && type === open.type;
    if (continues) {
      open!.end = i + 1;
      continue;
    }
    if (open) spans.push(open);
    open = type ? { type, start: i, end: i + 1 } : null;
  }
  if (open) spans.push(open);
  return spans;
}

export function labelIndex(tag: string): number {
  return BIO_LABELS.indexOf(tag);
}
