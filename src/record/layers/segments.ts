import { z } from 'zod';
import { Offset, Span } from './span.js';

export const Paragraph = Span.extend({
  /** `footer` for a metadata line kept in the text ("Source: Avec Press Tv"), `body` otherwise. */
  role: z.enum(['body', 'footer']),
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Sentence = Span.extend({
  /** Index of the sentence's first token in the token layer. */
  firstToken: z.number().int().nonnegative(),
  /** Index one past the sentence's last token. */
  endToken: z.number().int().nonnegative(),
});
export type Sentence = z.infer<typeof Sentence>;

export const Token = Span.extend({
  /**
   * The form used for analysis when it differs from the text slice: typographic variants
   * normalised (’ → '), or one syntactic word of a multiword token (French "du" → "de", "le").
   */
  form: z.string().optional(),
  /** Shared by the syntactic words of one multiword token (they share its span). */
  mwt: z.number().int().nonnegative().optional(),
  upos: z.string().optional(),
  xpos: z.string().optional(),
  /** UD morphological features, `Feat=Value|…`. */
  feats: z.string().optional(),
  lemma: z.string().optional(),
  /** The tagger's near-miss tags (see TagDoubt in src/tag/tagger.ts): read by the parser, which leaves them out of its tokens. */
  tagDoubt: z.object({ upos: z.string().optional(), xpos: z.string().optional() }).optional(),
  /** Index of the head token within the document's token layer; absent for the root. */
  head: z.number().int().nonnegative().optional(),
  deprel: z.string().optional(),
});
export type Token = z.infer<typeof Token>;

export const Quote = Span.extend({
  /** The span inside the quotation marks. */
  contentStart: Offset,
  contentEnd: Offset,
  open: z.string(),
  close: z.string(),
  /** False when the closing mark was not found before the paragraph ended. */
  closed: z.boolean(),
});
export type Quote = z.infer<typeof Quote>;
