import { z } from 'zod';
import { Span } from './span.js';

export const EntityType = z.enum(['PER', 'LOC', 'ORG', 'MISC']);
export type EntityType = z.infer<typeof EntityType>;

export const Entity = Span.extend({
  type: EntityType,
  text: z.string(),
  /** Canonical form used to group mentions across documents (case/accents/articles folded). */
  norm: z.string(),
  confidence: z.number().min(0).max(1).optional(),
});
export type Entity = z.infer<typeof Entity>;
