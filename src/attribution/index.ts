export { attributionStage, createAttributionStage, findAttributions } from './stage.js';
export { formatAttribution, statementsOf, statementOf, type Statement } from './statements.js';
export { loadOutletRegistry, canonicalOutletName, lookupOutlet } from '../outlets/registry.js';
