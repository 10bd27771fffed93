/** Very frequent French function words, used to confirm language identification. */
export const FRENCH_FUNCTION_WORDS = [
  'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'et', 'en', 'au', 'aux', 'est', 'sont', 'a', 'ont', 'qui', 'que',
  'dans', 'pour', 'par', 'sur', 'avec', 'ne', 'pas', 'plus', 'il', 'elle', 'ils', 'elles', 'nous', 'vous', 'ce', 'cette',
  'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'mais', 'ou', 'été', 'être', 'selon', 'depuis', 'après', 'avant', 'contre',
] as const;
