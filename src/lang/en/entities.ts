/** English articles dropped at the start of an entity's canonical form ("the UN" = "UN"). */
export const ENGLISH_ENTITY_LEADING_ARTICLES: readonly string[] = ['the'];

/**
 * Lower-case prefixes joined by a hyphen to a name ("anti-Trump", "pro-EU"): the name after the
 * hyphen is read as a word of its own by the entity recogniser.
 */
export const ENGLISH_NAME_PREFIXES: readonly string[] = ['anti', 'pro', 'ex', 'post', 'pre', 'neo', 'pan', 'non', 'ultra', 'mid', 'trans'];
