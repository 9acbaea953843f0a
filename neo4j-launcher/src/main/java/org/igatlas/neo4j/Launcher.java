package org.igatlas.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Starts Neo4j Community embedded, with Bolt on 127.0.0.1 only and auth off, for ig-atlas's local
 * default. Everything else (schema, data, queries) goes through Bolt from the TypeScript side.
 *
 * Contract with scripts/neo4j.ts: prints exactly one line "IG_ATLAS_NEO4J_READY bolt://HOST:PORT
 * VERSION" on stdout once the default database accepts transactions; on SIGTERM or SIGINT shuts the
 * database down cleanly (shutdown hooks do not run on SIGKILL) and exits 0.
 *
 * Settings come from system properties so the caller decides: igatlas.home (data folder),
 * igatlas.port (Bolt port, default 7687), igatlas.pagecache (MiB, default 512),
 * igatlas.boltFlushBytes (default 65536, below). igatlas.conf names a file of other Neo4j settings
 * in neo4j.conf's format, applied last (so it may also override the ones above); Neo4j refuses an
 * unknown setting or a bad value at start, naming it.
 *
 * With igatlas.watchStdin=true the launcher also stops (cleanly) when its standard input closes:
 * the Node process that started it holds that pipe open, so if Node dies without stopping it (a
 * SIGKILL, a crash), Neo4j does not live on as an orphan holding the port and the store lock.
 */
public final class Launcher {
    private Launcher() {}

    /** Zero in the type of this Neo4j's quiet-period setting (Integer in 5.x, Duration in 2025+). */
    private static Object noQuietPeriod() {
        Object fallback = GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period.defaultValue();
        return fallback instanceof Duration ? Duration.ZERO : Integer.valueOf(0);
    }

    public static void main(String[] args) throws InterruptedException {
        Path home = Path.of(System.getProperty("igatlas.home", ".data/neo4j")).toAbsolutePath();
        int port = Integer.getInteger("igatlas.port", 7687);
        long pageCacheMiB = Long.getLong("igatlas.pagecache", 512L);
        int boltFlushBytes = Integer.getInteger("igatlas.boltFlushBytes", 65536);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                // Local default only: the embedded server listens on loopback and nobody else reaches it.
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Unset, the page cache takes about half the machine's memory.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                // Bolt sends a result's records to the socket each time 8 KiB of them are waiting
                // (Neo4j's default), so a neighbourhood's 35 KB of records took four writes or more, each
                // costing both ends a wake-up on loopback; with 64 KiB they go in one. Memory per streaming query
                // grows by at most that much (BENCHMARKS.md, ninth session).
                .setConfig(BoltConnectorInternalSettings.streaming_flush_threshold, boltFlushBytes)
                // Bolt's network threads waited out a quiet period of 5 s, twice, before they stopped: 10 of
                // the 11 s a Ctrl-C took. The server's connections are closed by then. The quiet period
                // is an int of seconds in Neo4j 5 and a Duration in 2025+ (noQuietPeriod), so the
                // launcher also builds for NEO4J_VERSION=2026.08.1 (README).
                .setConfig(Map.of(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, noQuietPeriod()))
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(3));
        String conf = System.getProperty("igatlas.conf");
        if (conf != null && !conf.isBlank()) builder.loadPropertiesFromFile(Path.of(conf));
        DatabaseManagementService dbms = builder.build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "ig-atlas-neo4j-shutdown"));

        if (Boolean.getBoolean("igatlas.watchStdin")) {
            Thread watchdog = new Thread(() -> {
                try {
                    while (System.in.read() != -1) {
                        // Nothing is ever sent; we only wait for the end of the stream.
                    }
                } catch (java.io.IOException ignored) {
                    // A broken pipe means the parent is gone, as EOF does.
                }
                System.exit(0);
            }, "ig-atlas-parent-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        }

        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        String version;
        try (var tx = db.beginTx()) {
            version = String.valueOf(tx.execute("CALL dbms.components() YIELD versions RETURN versions[0] AS v")
                    .next().get("v"));
            tx.commit();
        }
        System.out.println("IG_ATLAS_NEO4J_READY bolt://127.0.0.1:" + port + " " + version);
        System.out.flush();
        stopped.await();
    }
}
