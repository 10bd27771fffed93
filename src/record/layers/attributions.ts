import { z } from 'zod';
import { Span } from './span.js';

export const SpeakerType = z.enum([
  'person', 'organisation', 'government', 'military', 'media', 'document', 'unnamed', 'unknown',
]);

export type SpeakerType = z.infer<typeof SpeakerType>;

/**
 * One reported statement. `direct`: the content is a quotation; `mixed`: partly quoted;
 * `indirect`: reported speech; `according-to`: "selon X, …" / "according to X, …".
 */
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
    /** Title or description written with the name ("l'analyste des questions internationales"). */
    title: z.string().optional(),
    /** Role read from the title: analyst, president, spokesperson, minister, journalist… */
    role: z.string().optional(),
    /** Span of the mention the speaker was resolved from when it differs from `source` (anaphora). */
    resolvedFrom: Span.optional(),
  }).optional(),
  stance: z.enum(['reports', 'asserts', 'disputes', 'denies', 'acknowledges']).default('reports'),
  /** Index of the attribution this one is reported within (an outlet reporting what someone said). */
  reportedBy: z.number().int().nonnegative().optional(),
  /** Index of the attribution whose content this one disputes, denies or acknowledges. */
  target: z.number().int().nonnegative().optional(),
  /** Index in the times layer of when the statement was made ("Lundi, les Etats-Unis ont reconnu …"). */
  time: z.number().int().nonnegative().optional(),
});
export type Attribution = z.infer<typeof Attribution>;

/**
 * An outlet the text came through: `of-record` (the publisher, from metadata or a "Source:" footer),
 * `syndication` (agency credits such as "(AFP)", "avec Reuters") or `cited` in the text.
 */
export const OutletRef = z.object({
  name: z.string(),
  role: z.enum(['of-record', 'syndication', 'cited']),
  span: Span.optional(),
  known: z.boolean(),
  country: z.string().optional(),
  kind: z.string().optional(),
  /** Index of the attribution through which the outlet is cited. */
  attribution: z.number().int().nonnegative().optional(),
});
export type OutletRef = z.infer<typeof OutletRef>;
