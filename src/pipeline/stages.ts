import type { Stage } from './stage.js';
import { paragraphStage } from '../segment/paragraphs.js';
import { tokenStage } from '../segment/tokens.js';
import { quoteStage } from '../segment/quotes.js';
import { tagStage } from '../tag/stage.js';
import { parseStage } from '../parse/stage.js';
import { nerStage } from '../ner/stage.js';
import { attributionStage } from '../attribution/stage.js';
import { placeStage } from '../places/stage.js';
import { timeStage } from '../time/stage.js';

/** The analysis stages in flow order; each one's `requires` is met by the stages before it. */
// Times come before attributions, which take from them when each statement was made.
export const STAGES: readonly Stage[] = [paragraphStage, tokenStage, quoteStage, tagStage, parseStage, nerStage, timeStage, attributionStage, placeStage];
