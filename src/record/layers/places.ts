import { z } from 'zod';
import { Span } from './span.js';

export const PlaceMention = Span.extend({
  text: z.string(),
  /** `place` for a location; `demonym` for an associated country ("armées russes"); `metonym` for a government speaking ("Damas a réclamé"). */
  usage: z.enum(['place', 'demonym', 'metonym']),
  status: z.enum(['resolved', 'unresolved']),
  geonameid: z.string().optional(),
  name: z.string().optional(),
  kind: z.string().optional(),
  country: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  /** ACLED-like precision: 1 exact place, 2 admin region, 3 country or larger. */
  precision: z.number().int().min(1).max(3).optional(),
  confidence: z.number().min(0).max(1).optional(),
  role: z.enum(['location', 'origin', 'destination', 'border', 'unspecified']).optional(),
  candidates: z.array(z.object({ geonameid: z.string(), name: z.string(), country: z.string().optional(), score: z.number() })).optional(),
});
export type PlaceMention = z.infer<typeof PlaceMention>;
