import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;

/**
 * Bench only (bench/ceiling.ts compiles and runs it): how fast Neo4j itself, in this JVM, writes
 * the rows our transactional loader sends, with no Bolt, no driver and no Node in the way. It is
 * the ceiling any transactional loader could reach on this machine with this schema.
 *
 * Protocol on stdin, one JSON document per line: first {"schema": [statements], "queries":
 * {name: text}, "cards": CARD_FIELDS, "separator": SEPARATOR} (cypher/card.ts), then one
 * {"statements": [{"query", "rows"}]} per chunk, as loader.ts's loadStatements makes them. Each
 * chunk is one transaction, timed from begin to the end of its commit (reading and parsing its
 * line is not timed). Prints "CHUNK <seconds> <commit seconds>" per chunk, then "CEILING_COUNTS
 * ..." and "CEILING_DONE" at the end.
 *
 * Modes (args: mode, store folder, page cache MiB, then options):
 *   cypher: the loader's own statements, run in process (tx.execute), in batches of 5,000 rows;
 *   core:   the same writes through the core API (find by id through the uniqueness constraints'
 *           indexes, create, set properties, cards as cypher/card.ts makes them), no Cypher at all.
 * Options: --no-fulltext (the schema without its full-text indexes), --ids-only (core: nodes,
 * relationships, ids and keys, without the provisions' and links' other properties and cards).
 */
public final class Ceiling {
    private static final int BATCH = 5000;
    /** From the caller: cypher/card.ts's fields per label and separator, so the cards are its own. */
    private static Map<String, List<String>> cardFields;
    private static String separator;
    private static boolean idsOnly;

    private Ceiling() {}

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path home = Path.of(args[1]);
        long pageCacheMiB = Long.parseLong(args[2]);
        List<String> options = List.of(args).subList(3, args.length);
        boolean fulltext = !options.contains("--no-fulltext");
        idsOnly = options.contains("--ids-only");
        if (!mode.equals("core") && !mode.equals("cypher")) throw new IllegalArgumentException("mode must be core or cypher, got " + mode);

        ObjectMapper json = new ObjectMapper();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 20);
        Map<String, Object> head = json.readValue(in.readLine(), Map.class);
        Map<String, String> queries = (Map<String, String>) head.get("queries");
        cardFields = (Map<String, List<String>>) head.get("cards");
        separator = (String) head.get("separator");

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMiB))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .build();
        try {
            GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            for (String statement : (List<String>) head.get("schema")) {
                if (!fulltext && statement.contains("FULLTEXT")) continue;
                try (Transaction tx = db.beginTx()) {
                    tx.execute(statement).close();
                    tx.commit();
                }
            }
            try (Transaction tx = db.beginTx()) {
                tx.schema().awaitIndexesOnline(10, TimeUnit.MINUTES);
            }
            System.out.println("CEILING_READY");
            System.out.flush();
            for (String line; (line = in.readLine()) != null && !line.isEmpty(); ) {
                List<Map<String, Object>> statements = (List<Map<String, Object>>) json.readValue(line, Map.class).get("statements");
                long started = System.nanoTime();
                long committing;
                try (Transaction tx = db.beginTx()) {
                    for (Map<String, Object> statement : statements) {
                        String name = (String) statement.get("query");
                        List<Map<String, Object>> rows = (List<Map<String, Object>>) statement.get("rows");
                        if (mode.equals("cypher")) runCypher(tx, name, queries.get(name), rows);
                        else for (Map<String, Object> row : rows) writeCore(tx, name, row);
                    }
                    committing = System.nanoTime();
                    tx.commit();
                }
                long ended = System.nanoTime();
                System.out.printf("CHUNK %.3f %.3f%n", (ended - started) / 1e9, (ended - committing) / 1e9);
                System.out.flush();
            }
            System.out.println("CEILING_COUNTS " + counts(db));
            System.out.println("CEILING_DONE");
        } finally {
            dbms.shutdown();
        }
    }

    /**
     * Nodes per label, relationships per type and properties on each, for the caller to compare the
     * modes' stores (both must hold the graph loadRows builds).
     */
    private static String counts(GraphDatabaseService db) {
        StringBuilder out = new StringBuilder();
        try (Transaction tx = db.beginTx()) {
            String query = "MATCH (n) RETURN labels(n)[0] AS kind, count(*) AS count, sum(size(keys(n))) AS properties ORDER BY kind "
                    + "UNION ALL MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS count, sum(size(keys(r))) AS properties ORDER BY kind";
            try (Result result = tx.execute(query)) {
                result.forEachRemaining(row -> out.append(row.get("kind")).append('=').append(row.get("count")).append('/').append(row.get("properties")).append(' '));
            }
        }
        return out.toString().trim();
    }

    private static void runCypher(Transaction tx, String name, String text, List<Map<String, Object>> rows) {
        if (text == null) throw new IllegalArgumentException("no statement text for " + name);
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            try (Result result = tx.execute(text, Map.of("rows", batch))) {
                long count = ((Number) result.next().get("count")).longValue();
                if (count != batch.size()) throw new IllegalStateException(name + " wrote " + count + " of " + batch.size() + " rows");
            }
        }
    }

    /** What one row of statement `name` writes, as the statement's MERGE and SET would. */
    @SuppressWarnings("unchecked")
    private static void writeCore(Transaction tx, String name, Map<String, Object> row) {
        switch (name) {
            case "load-sources" -> {
                Node source = mergeNode(tx, "Source", "key", (String) row.get("key")).node();
                source.setProperty("title", row.get("title"));
                if (row.get("url") != null) source.setProperty("url", row.get("url"));
            }
            case "load-bodies" -> {
                Merged body = mergeNode(tx, "Body", "id", (String) row.get("id"));
                setProps(body, row);
                setCard(body.node(), "Body");
            }
            case "load-instruments" -> {
                Merged merged = mergeNode(tx, "Instrument", "id", (String) row.get("id"));
                Node instrument = merged.node();
                setProps(merged, row);
                if (row.get("adopted") != null) instrument.setProperty("adopted", LocalDate.parse((String) row.get("adopted")));
                if (row.get("endDate") != null) instrument.setProperty("endDate", LocalDate.parse((String) row.get("endDate")));
                if (row.get("bodyId") != null) {
                    mergeRelationship(instrument, findNode(tx, "Body", (String) row.get("bodyId")), "ISSUED_BY", null);
                    instrument.setProperty("bodyId", row.get("bodyId"));
                }
                setCard(instrument, "Instrument");
            }
            case "load-provisions" -> {
                Node instrument = findNode(tx, "Instrument", (String) row.get("instrumentId"));
                Merged merged = mergeNode(tx, "Provision", "id", (String) row.get("id"));
                Node provision = merged.node();
                if (!idsOnly) setProps(merged, row);
                provision.setProperty("instrumentId", row.get("instrumentId"));
                if (!idsOnly) setCard(provision, "Provision");
                mergeRelationship(provision, instrument, "PART_OF", null);
            }
            default -> {
                // load-links:FromLabel:ToLabel[:Type] (queries.ts linkQuery): the endpoints' labels.
                String[] parts = name.split(":");
                if (!parts[0].equals("load-links") || parts.length < 3) throw new IllegalArgumentException("unknown statement " + name);
                Relationship link = mergeRelationship(findNode(tx, parts[1], (String) row.get("from")), findNode(tx, parts[2], (String) row.get("to")), (String) row.get("type"), (String) row.get("key"));
                if (idsOnly) return;
                for (Map.Entry<String, Object> e : ((Map<String, Object>) row.get("props")).entrySet()) link.setProperty(e.getKey(), value(e.getValue()));
                if (row.get("date") != null) link.setProperty("date", LocalDate.parse((String) row.get("date")));
            }
        }
    }

    private static Node findNode(Transaction tx, String label, String id) {
        Node node = tx.findNode(Label.label(label), "id", id);
        if (node == null) throw new IllegalStateException("unknown " + id);
        return node;
    }

    private record Merged(Node node, boolean created) {}

    private static Merged mergeNode(Transaction tx, String label, String key, String value) {
        Node node = tx.findNode(Label.label(label), key, value);
        if (node != null) return new Merged(node, false);
        node = tx.createNode(Label.label(label));
        node.setProperty(key, value);
        return new Merged(node, true);
    }

    /** MERGE (a)-[:type {key}]->(b): an existing one is found from a's side, as the planner does for these rows. */
    private static Relationship mergeRelationship(Node a, Node b, String type, String key) {
        RelationshipType relationshipType = RelationshipType.withName(type);
        for (Relationship r : a.getRelationships(Direction.OUTGOING, relationshipType)) {
            if (r.getEndNode().equals(b) && (key == null || key.equals(r.getProperty("key", null)))) return r;
        }
        Relationship r = a.createRelationshipTo(b, relationshipType);
        if (key != null) r.setProperty("key", key);
        return r;
    }

    /** `SET n += row.props`, except on an existing node for a stub row. */
    @SuppressWarnings("unchecked")
    private static void setProps(Merged merged, Map<String, Object> row) {
        if (!merged.created() && Boolean.TRUE.equals(row.get("stub"))) return;
        for (Map.Entry<String, Object> e : ((Map<String, Object>) row.get("props")).entrySet()) merged.node().setProperty(e.getKey(), value(e.getValue()));
    }

    /** JSON's integers as Cypher stores them (64-bit), its lists as string arrays. */
    private static Object value(Object value) {
        if (value instanceof Integer i) return i.longValue();
        if (value instanceof List<?> list) {
            List<String> strings = new ArrayList<>();
            for (Object item : list) strings.add(String.valueOf(item));
            return strings.toArray(String[]::new);
        }
        return value;
    }

    private static void setCard(Node node, String label) {
        StringBuilder card = new StringBuilder(label);
        for (String field : cardFields.get(label)) {
            card.append(separator);
            Object value = node.getProperty(field, null);
            if (value != null) card.append(String.valueOf(value).replace(separator, " "));
        }
        node.setProperty("card", card.toString());
    }
}
