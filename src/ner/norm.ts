/**
 * Canonical form of an entity mention, to group mentions across documents: typographic
 * apostrophes and dashes unified, accents and case folded, leading articles and spaces dropped.
 */
import type { AnalysisLanguage } from '../pipeline/stage.js';
import { ENGLISH_ENTITY_LEADING_ARTICLES } from '../lang/en/entities.js';
import { FRENCH_ENTITY_LEADING_ARTICLES } from '../lang/fr/entities.js';

const LEADING_ARTICLES: Record<AnalysisLanguage, readonly string[]> = {
  fr: FRENCH_ENTITY_LEADING_ARTICLES,
  en: ENGLISH_ENTITY_LEADING_ARTICLES,
};

export function entityNorm(text: string, lang: AnalysisLanguage): string {
  let norm = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  for (const article of LEADING_ARTICLES[lang]) {
    const elided = article.endsWith("'");
    if (norm.startsWith(elided ? article : `${article} `) && norm.length > article.length + 1) {
      norm = norm.slice(article.length).trimStart();
      break;
    }
  }
  return norm;
}
