/** Very frequent English function words, used to confirm language identification. */
export const ENGLISH_FUNCTION_WORDS = [
  'the', 'a', 'an', 'of', 'and', 'in', 'to', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'that', 'which', 'who',
  'for', 'on', 'with', 'by', 'from', 'at', 'not', 'it', 'he', 'she', 'they', 'we', 'you', 'this', 'these', 'those',
  'his', 'her', 'their', 'its', 'but', 'or', 'been', 'be', 'said', 'says', 'after', 'before', 'against', 'would', 'will',
] as const;
