/**
 * Internal: how the command-line tools fail. Errors a user can act on (a parse error, a load error,
 * a setup or configuration problem, Neo4j unreachable) print one line and exit 1; anything else
 * prints its stack, since it is a bug.
 */
import { ImportToolError, SetupError } from '../../scripts/neo4j.js';
import { ConfigError } from '../../server/src/config.js';
import { ServiceUnavailableError } from '../../server/src/errors/errors.js';
import { LoadError } from './load/loader.js';
import { ParseError, ParseErrors } from './parse/index.js';

const USER_ERRORS = [ParseError, ParseErrors, LoadError, SetupError, ImportToolError, ConfigError, ServiceUnavailableError];

export async function runCli(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (error) {
    if (USER_ERRORS.some((type) => error instanceof type)) {
      console.error(`error: ${(error as Error).message}`);
    } else if (error instanceof Error && /ECONNREFUSED|ServiceUnavailable|Could not perform discovery/i.test(`${error.message} ${(error as { code?: string }).code ?? ''}`)) {
      console.error(`error: cannot reach Neo4j (${error.message.split('\n')[0]}). Check NEO4J_URI, or leave it unset to use the embedded Neo4j.`);
    } else {
      console.error(error);
    }
    process.exitCode = 1;
  }
}
