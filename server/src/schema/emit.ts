/** `npm run schema`: writes schema.graphql, the committed contract (API changes show in diffs). */
import { buildAtlasSchema, SCHEMA_FILE } from './build.js';

await buildAtlasSchema(true);
console.log(`Wrote ${SCHEMA_FILE}`);
