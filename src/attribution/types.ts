export type { Attribution, OutletRef, SpeakerType } from '../record/layers/attributions.js';
