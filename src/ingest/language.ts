import { francAll } from 'franc-min';
import type { Language } from '../record/schema.js';
import { isAnalysisLanguage } from '../pipeline/stage.js';
import { FRENCH_FUNCTION_WORDS } from '../lang/fr/stopwords.js';
import { ENGLISH_FUNCTION_WORDS } from '../lang/en/stopwords.js';

/** ISO 639-3 codes franc returns → ISO 639-1, for the languages news usually comes in. */
const ISO_639_1: Record<string, string> = {
  fra: 'fr', eng: 'en', spa: 'es', deu: 'de', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', ukr: 'uk', arb: 'ar',
  pes: 'fa', tur: 'tr', pol: 'pl', ron: 'ro', cmn: 'zh', jpn: 'ja', kor: 'ko', hin: 'hi', swe: 'sv', ell: 'el',
};

const FUNCTION_WORDS = { fr: new Set<string>(FRENCH_FUNCTION_WORDS), en: new Set<string>(ENGLISH_FUNCTION_WORDS) };
/** Enough text to decide; identification over a whole long article costs time and adds nothing. */
const SAMPLE_LENGTH = 4000;
const MIN_LENGTH = 20;

function functionWordShares(sample: string): { fr: number; en: number; hits: number } {
  let fr = 0;
  let en = 0;
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (FUNCTION_WORDS.fr.has(word)) fr++;
    if (FUNCTION_WORDS.en.has(word)) en++;
  }
  const hits = fr + en;
  return { fr: hits ? fr / hits : 0, en: hits ? en / hits : 0, hits };
}

/**
 * Identifies the language of a text: character trigrams (franc) choose the language; for French
 * and English the confidence comes from how clearly the function words side with it, which is far
 * better calibrated than trigram score gaps on news text.
 */
export function identifyLanguage(text: string): Language {
  const sample = text.slice(0, SAMPLE_LENGTH);
  if (sample.replace(/[\s\p{P}\p{N}]/gu, '').length < MIN_LENGTH) {
    return { code: 'und', confidence: 0, supported: false, method: 'detected' };
  }
  const ranked = francAll(sample);
  const [best = 'und', bestScore = 0] = ranked[0] ?? [];
  const secondScore = ranked[1]?.[1] ?? 0;
  const code = ISO_639_1[best] ?? best;
  const shares = functionWordShares(sample);
  let confidence = Math.min(1, (bestScore - secondScore) * 4);
  if (isAnalysisLanguage(code) && shares.hits >= 5) {
    confidence = Math.max(confidence, shares[code]);
  } else if (isAnalysisLanguage(code) && shares.hits > 0 && shares[code] < 0.5) {
    confidence = Math.min(confidence, shares[code]);
  }
  return { code, confidence: Math.round(confidence * 1000) / 1000, supported: isAnalysisLanguage(code), method: 'detected' };
}
