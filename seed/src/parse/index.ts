/**
 * Public API of the parsing stage of the seed pipeline: text of one instrument in, ParsedDocument out.
 *
 * @example
 *   import { parseDocument, toJson } from './parse/index.js';
 *   const doc = parseDocument(readFileSync(path, 'utf8'), path); // throws only ParseError
 *   console.log(JSON.stringify(toJson(doc), null, 2));
 */
export type { Language, ParsedClause, ParsedDocument, ParsedReference, UnresolvedReference } from './types.js';
export { ParseError, ParseErrors } from './parse.error.js';
export { parseDocument } from './document.parse.js';
export { toJson } from './json.js';
