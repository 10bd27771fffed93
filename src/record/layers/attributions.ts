import { z } from 'zod';
import { Span } from './span.js';

export const SpeakerType = z.enum([
  'person', 'organisation', 'government', 'military', 'media', 'document', 'unnamed', 'unknown',
]);

export const Attribution = z.object({
  kind: z.enum(['direct', 'mixed', 'indirect', 'according-to']),
  cue: z.array(Span).min(1),
  content: z.array(Span).min(1),
  source: z.array(Span),
  speaker: z.object({
    name: z.string(),
    type: SpeakerType,
    /** The description kept for unnamed sources ("sources proches des groupes terroristes armés"). */
    description: z.string().optional(),
    /** Span of the mention the speaker was resolved from when it differs from `source` (anaphora). */
    resolvedFrom: Span.optional(),
  }).optional(),
  stance: z.enum(['reports', 'asserts', 'disputes', 'denies', 'acknowledges']).default('reports'),
  /** Index of the attribution this one is reported within (an outlet reporting what someone said). */
  reportedBy: z.number().int().nonnegative().optional(),
  /** Index of the attribution whose content this one disputes, denies or acknowledges. */
  target: z.number().int().nonnegative().optional(),
});
export type Attribution = z.infer<typeof Attribution>;

export const OutletRef = z.object({
  name: z.string(),
  role: z.enum(['of-record', 'syndication', 'cited']),
  span: Span.optional(),
  known: z.boolean(),
  country: z.string().optional(),
  kind: z.string().optional(),
});
export type OutletRef = z.infer<typeof OutletRef>;
