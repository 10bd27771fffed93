/** French articles dropped at the start of an entity's canonical form ("la Jordanie" = "Jordanie"). */
export const FRENCH_ENTITY_LEADING_ARTICLES: readonly string[] = ['le', 'la', 'les', "l'"];

/**
 * Lower-case prefixes joined by a hyphen to a name ("anti-FDS", "pro-Assad"): the name after the
 * hyphen is read as a word of its own by the entity recogniser.
 */
export const FRENCH_NAME_PREFIXES: readonly string[] = ['anti', 'pro', 'ex', 'post', 'pré', 'néo', 'pan', 'non', 'ultra', 'extra', 'trans'];
