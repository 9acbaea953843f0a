/**
 * Internal: the one place configuration is read. Validated at start so a typo fails with one
 * clear line instead of a confusing error later.
 */
export interface Neo4jConfig {
  /** bolt://, neo4j://, neo4j+s:// … When null, `npm start` runs the embedded Neo4j. */
  uri: string | null;
  user: string;
  password: string;
  database: string | undefined;
}

export interface Config {
  port: number;
  host: string;
  neo4j: Neo4jConfig;
  /** Allowed CORS origins; empty = CORS off (the default). */
  corsOrigins: string[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const URI_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

function parsePort(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`${name} must be a port number (0-65535), got "${value}".`);
  return port;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI?.trim() || null;
  if (uri) {
    let scheme = '';
    try {
      scheme = new URL(uri).protocol;
    } catch {
      throw new ConfigError(`NEO4J_URI is not a URI: "${uri}". Expected e.g. neo4j://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io.`);
    }
    if (!URI_SCHEMES.includes(scheme)) {
      throw new ConfigError(`NEO4J_URI must start with one of ${URI_SCHEMES.join(' ')}, got "${uri}".`);
    }
  }
  return {
    port: parsePort(env.PORT, 4000, 'PORT'),
    host: env.HOST || '127.0.0.1',
    neo4j: {
      uri,
      user: env.NEO4J_USER || env.NEO4J_USERNAME || 'neo4j',
      password: env.NEO4J_PASSWORD ?? '',
      database: env.NEO4J_DATABASE || undefined,
    },
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
  };
}
