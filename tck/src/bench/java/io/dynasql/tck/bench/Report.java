package io.dynasql.tck.bench;

import io.dynasql.engine.store.LmdbStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Turns JMH results into docs/benchmarks.md: the run, the machine, one table per comparison
 * (median of the iteration scores, JMH's mean and error, ratios on medians) and the targets.
 * The hand-written analysis between the markers is carried over from the previous file, and so
 * is each comparison none of whose benchmarks ran (with its targets, labelled with that run's date),
 * so a run of some benchmarks ({@code --include}) does not erase the others' numbers.
 */
final class Report {
  private static final String ANALYSIS_START = "<!-- analysis:start -->";
  private static final String ANALYSIS_END = "<!-- analysis:end -->";

  /** One benchmark's numbers; median over the measurement iterations of all forks. */
  record Stat(double median, double mean, double error, String unit, int iterations, Double allocPerOp) {}

  private record Row(String label, String key, String unit) {}

  /**
   * A target: subject / baseline >= limit, or subject >= limit (in {@code unit}) when baseline is
   * null; with {@code atMost}, subject <= limit (lower is better).
   */
  private record Target(String what, String subject, String baseline, double limit, String limitText, String unit,
      boolean atMost) {
    Target(String what, String subject, String baseline, double min, String minText) {
      this(what, subject, baseline, min, minText, "items/s", false);
    }
  }

  private record Comparison(String title, String text, String subject, String ratioHeader, List<Row> rows, List<Target> targets) {}

  private final Map<String, Stat> stats = new LinkedHashMap<>();
  private final SqlFirstQueryBench.Result firstQuery;
  private final Map<String, Double> notes;
  private final BenchMain.Settings settings;
  private final Machine machine;
  private final String load;
  private final String command;
  private final Instant start;
  private final Duration took;

  Report(Collection<RunResult> results, SqlFirstQueryBench.Result firstQuery, Map<String, Double> notes,
      BenchMain.Settings settings, Machine machine, String load, String command, Instant start, Duration took) {
    this.firstQuery = firstQuery;
    this.notes = notes;
    this.settings = settings;
    this.machine = machine;
    this.load = load;
    this.command = command;
    this.start = start;
    this.took = took;
    for (RunResult r : results) stats.put(key(r.getParams()), stat(r));
    if (firstQuery != null) {
      double mean = firstQuery.seconds().stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      stats.put(FIRST_QUERY, new Stat(SqlFirstQueryBench.median(firstQuery.seconds()), mean, Double.NaN, "s",
          firstQuery.seconds().size(), null));
    }
  }

  private static final String FIRST_QUERY = "SqlFirstQueryBench.freshJvm";

  /** {@code Class.method}, then {@code :param=value} for each JMH parameter. */
  private static String key(BenchmarkParams p) {
    String full = p.getBenchmark();
    StringBuilder k = new StringBuilder(full.substring(full.lastIndexOf('.', full.lastIndexOf('.') - 1) + 1));
    for (String name : p.getParamsKeys()) k.append(':').append(name).append('=').append(p.getParam(name));
    return k.toString();
  }

  private static Stat stat(RunResult r) {
    List<Double> scores = new ArrayList<>();
    for (BenchmarkResult br : r.getBenchmarkResults()) {
      for (IterationResult ir : br.getIterationResults()) scores.add(ir.getPrimaryResult().getScore());
    }
    Collections.sort(scores);
    int n = scores.size();
    double median = n == 0 ? Double.NaN : n % 2 == 1 ? scores.get(n / 2) : (scores.get(n / 2 - 1) + scores.get(n / 2)) / 2;
    Result<?> p = r.getPrimaryResult();
    Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
    if (alloc == null) alloc = r.getSecondaryResults().get("\u00b7gc.alloc.rate.norm");
    return new Stat(median, p.getScore(), p.getScoreError(), p.getScoreUnit(), n, alloc == null ? null : alloc.getScore());
  }

  private List<Comparison> comparisons() {
    return List.of(
        new Comparison("1. GetItem", String.format(Locale.ROOT,
            "A random key of %,d small items (pk S and 5 attributes, about 90 bytes encoded). dynasql: "
            + "`db.getItem(GetItemRequest.of(table, key))`, decoded to a map. Raw floor: lmdbjava point-get "
            + "with `DirectBufferProxy.PROXY_DB`, one read transaction per get, key in a direct buffer, value "
            + "copied out to a `byte[]` (not decoded). DynamoDB Local, the in-process baseline of earlier runs, left "
            + "the build (its licence is the vendor's own); the analysis below says why moto is not put in its place.",
            BenchData.ITEMS),
            "GetItemBench.dynasql", "dynasql / row",
            List.of(new Row("dynasql", "GetItemBench.dynasql", "ops/s"),
                new Row("raw lmdbjava point-get", "GetItemBench.rawLmdb", "ops/s")),
            List.of(new Target("GetItem: dynasql / raw lmdbjava", "GetItemBench.dynasql", "GetItemBench.rawLmdb", 0.5, "≥ 0.5×"))),
        new Comparison("2. Query of 10 items", String.format(Locale.ROOT,
            "One random partition key of %,d, each with %d sort keys (N). dynasql: `Query` with "
            + "`pk = :p`, 10 items decoded to maps. Raw floor: one read transaction, one cursor, "
            + "`MDB_SET_RANGE` on the partition prefix and `next` until the prefix ends, each value copied out.",
            QueryBench.PARTITIONS, QueryBench.PER_PARTITION),
            "QueryBench.dynasql", "dynasql / row",
            List.of(new Row("dynasql Query", "QueryBench.dynasql", "queries/s"),
                new Row("raw lmdbjava cursor range", "QueryBench.rawLmdb", "queries/s")),
            List.of(new Target("Query: dynasql / raw lmdbjava", "QueryBench.dynasql", "QueryBench.rawLmdb", 0.5, "≥ 0.5×"))),
        new Comparison("3. Scan, decoding every item", String.format(Locale.ROOT,
            "All %,d items. dynasql: `Scan` pages (1 MB each) through LastEvaluatedKey, every item decoded to a "
            + "map. Raw floor: one read transaction, one cursor over the whole database, each value copied out "
            + "and one attribute decoded with `ItemCodec.decodeAttribute`. Scores are items/s.", BenchData.ITEMS),
            "ScanBench.dynasql", "dynasql / row",
            List.of(new Row("dynasql Scan", "ScanBench.dynasql", "items/s"),
                new Row("raw cursor + decodeAttribute", "ScanBench.rawLmdb", "items/s")),
            List.of(new Target("Scan: dynasql / raw lmdbjava", "ScanBench.dynasql", "ScanBench.rawLmdb", 0.4, "≥ 0.4×"))),
        new Comparison("4. Durable PutItem: group commit",
            String.format(Locale.ROOT, "New items with `DatabaseOptions.DEFAULT` (sync on: each commit is flushed to disk "
            + "before the caller returns) into a table that already holds %,d items, from 1 and from 8 JMH threads "
            + "on one database. Scores are total puts/s over all threads.", BenchData.ITEMS),
            "DurablePutBench.threads8", "8 threads / row",
            List.of(new Row("1 thread", "DurablePutBench.threads1", "puts/s"),
                new Row("8 threads", "DurablePutBench.threads8", "puts/s")),
            List.of(new Target("Durable PutItem: 8 threads / 1 thread", "DurablePutBench.threads8", "DurablePutBench.threads1", 5, "≥ 5×"))),
        new Comparison("5. BatchWriteItem loading",
            "One thread, and 4 threads sharing the database, writing batches of 25 new items (built in the "
            + "benchmark loop) with BatchWriteItem. sync off: `DatabaseOptions.DEFAULT.withSync(false)` (MDB_WRITEMAP "
            + "and MDB_NOSYNC: a process crash loses nothing committed, a power loss may). sync on: "
            + "`DatabaseOptions.DEFAULT`, one fsync per commit (concurrent batches share one). Raw floor: one thread of "
            + "lmdbjava, 25 puts per write transaction, write-mapped, no sync, keys shaped like dynasql's (`keyspace | murmur3(pk) | pk`, "
            + "so they scatter over the B-tree alike), values from `ItemCodec.encode`. Scores are items/s.",
            "BatchWriteBench.batchWrite:sync=off", "sync off / row",
            List.of(new Row("dynasql, sync off", "BatchWriteBench.batchWrite:sync=off", "items/s"),
                new Row("dynasql, sync on", "BatchWriteBench.batchWrite:sync=on", "items/s"),
                new Row("dynasql, sync off, 4 threads", "BatchWriteBench.batchWrite4:sync=off", "items/s"),
                new Row("dynasql, sync on, 4 threads", "BatchWriteBench.batchWrite4:sync=on", "items/s"),
                new Row("raw lmdbjava, 25 puts per txn, write-mapped, no sync", "BatchWriteBench.rawLmdb", "items/s")),
            List.of(new Target("BatchWriteItem load, sync off", "BatchWriteBench.batchWrite:sync=off", null, 300_000, "≥ 300,000 items/s"),
                new Target("BatchWriteItem load, sync off, 4 threads", "BatchWriteBench.batchWrite4:sync=off", null, 300_000, "≥ 300,000 items/s"),
                new Target("BatchWriteItem load, sync on", "BatchWriteBench.batchWrite:sync=on", null, 300_000, "≥ 300,000 items/s"))),
        new Comparison("6. SQL point query, prepared", String.format(Locale.ROOT,
            "`%s` as one `PreparedStatement`, re-executed with a random existing key of %,d rows (%,d partitions "
            + "of %d), one thread, the answer read with `getString`. The table is `%s`, the same in both (`tbl`, "
            + "not `t`: a dynasql table name has at least 3 characters, as in DynamoDB). dynasql: "
            + "`jdbc:dynasql:mem:` (sync off), loaded with DDL and BatchWriteItem; the plan is an `access=GET`. "
            + "H2 2.3.232: `jdbc:h2:mem:<name>" + SqlData.H2_OPTIONS + "` (so it cannot hand back a cached "
            + "result), filled with one `INSERT ... SELECT` over `SYSTEM_RANGE`; its primary key index answers.",
            SqlPointBench.PREPARED, SqlData.POINT_ROWS, SqlData.POINT_PARTITIONS, SqlData.POINT_ROWS / SqlData.POINT_PARTITIONS,
            SqlData.DDL),
            "SqlPointBench.preparedDynasql", "dynasql / row",
            List.of(new Row("dynasql", "SqlPointBench.preparedDynasql", "queries/s"),
                new Row("H2 in memory", "SqlPointBench.preparedH2", "queries/s")),
            List.of(new Target("SQL prepared point query: dynasql", "SqlPointBench.preparedDynasql", null, 100_000,
                    "≥ 100,000 queries/s", "queries/s", false),
                new Target("SQL prepared point query: dynasql / H2", "SqlPointBench.preparedDynasql", "SqlPointBench.preparedH2",
                    0.5, "≥ 0.5×"))),
        new Comparison("7. SQL point query, literals in the text",
            "The same point query sent as plain `Statement` text with the key's literals in it, "
            + "`SELECT v FROM tbl WHERE pk = 'p0004242' AND sk = 7`, a random key (so different text) each time, "
            + "as BI tools send it; same tables and connections as in 6. dynasql reads the text with its own "
            + "lexer and finds the shape it saw before (the text with its literals marked by kind), so the "
            + "statement skips parse, name resolution and planning: its literals are bound to the GET the first "
            + "statement of that shape was found to be; H2 parses and plans every statement (its query cache is "
            + "keyed by the text).",
            "SqlPointBench.literalDynasql", "dynasql / row",
            List.of(new Row("dynasql", "SqlPointBench.literalDynasql", "queries/s"),
                new Row("H2 in memory", "SqlPointBench.literalH2", "queries/s")),
            List.of(new Target("SQL point query with literals: dynasql", "SqlPointBench.literalDynasql", null, 2_000,
                "≥ 2,000 queries/s", "queries/s", false),
                new Target("SQL point query with literals: dynasql / H2", "SqlPointBench.literalDynasql", "SqlPointBench.literalH2",
                    0.5, "≥ 0.5×"))),
        new Comparison("8. SQL GROUP BY over 1,000,000 items", String.format(Locale.ROOT,
            "`%s` over %,d rows in %,d partitions (so %,d groups), and `%s` with `? = %d` (half of the rows kept) "
            + "over %,d rows in %,d partitions of 10 rows; x is `(i + i / partitions) %% 1000` for row i. Both run "
            + "as a `PreparedStatement`, all rows read and the answer checked, one thread; scored as items/s (rows "
            + "in the table / seconds per query). dynasql: on disk (`jdbc:dynasql:<dir>`), the table made with DDL "
            + "and loaded once per trial through the engine API with sync off (`writeAtomically`, %,d puts per "
            + "call, no connection open); the plan is a SCAN. H2 2.3.232 in memory, as in 6, filled with one "
            + "`INSERT ... SELECT` over `SYSTEM_RANGE`. %s",
            SqlGroupByBench.QUERY, SqlData.GROUP_ROWS, SqlData.GROUP_PARTITIONS, SqlData.GROUP_PARTITIONS,
            SqlGroupByBench.FILTERED, SqlGroupByBench.THRESHOLD, SqlData.GROUP_ROWS, SqlData.WIDE_PARTITIONS,
            SqlData.ATOMIC_BATCH, loadText()),
            "SqlGroupByBench.filteredDynasql", "dynasql / row",
            List.of(new Row("dynasql, 1,000 groups", "SqlGroupByBench.dynasql", "items/s"),
                new Row("H2 in memory, 1,000 groups", "SqlGroupByBench.h2", "items/s"),
                new Row("dynasql, 100,000 groups, WHERE x > ?", "SqlGroupByBench.filteredDynasql", "items/s"),
                new Row("H2 in memory, 100,000 groups, WHERE x > ?", "SqlGroupByBench.filteredH2", "items/s")),
            List.of(new Target("SQL GROUP BY scan: dynasql", "SqlGroupByBench.dynasql", null, 2_000_000, "≥ 2,000,000 items/s"),
                new Target("SQL filtered GROUP BY, 100,000 groups: dynasql", "SqlGroupByBench.filteredDynasql", null,
                    3_000_000, "≥ 3,000,000 items/s"),
                new Target("SQL filtered GROUP BY, 100,000 groups: dynasql / H2", "SqlGroupByBench.filteredDynasql",
                    "SqlGroupByBench.filteredH2", 1.0, "≥ 1.0×"))),
        new Comparison("9. SQL first query in a fresh JVM", firstQueryText(),
            null, null,
            List.of(new Row("connect and one point query, fresh JVM", FIRST_QUERY, "s")),
            List.of(new Target("SQL first query in a fresh JVM", FIRST_QUERY, null, 1, "≤ 1 s", "s", true))),
        new Comparison("10. SQL point UPDATE, prepared", String.format(Locale.ROOT,
            "One `PreparedStatement` re-executed on a random existing row of the table of 6 (%,d rows), one thread, "
            + "dynasql in memory (sync off). `%s` is one UpdateItem (`SET x = x + :v`, no read); `%s` needs SQL to "
            + "compute the value, so it reads the row (GET), computes, and writes on condition that the row is "
            + "unchanged; `%s` writes the whole row with no condition (PutItem). H2 2.3.232 in memory runs the "
            + "same increment.", SqlData.POINT_ROWS, SqlPointUpdateBench.INCREMENT, SqlPointUpdateBench.COMPUTED,
            SqlPointUpdateBench.UPSERT),
            "SqlPointUpdateBench.upsertDynasql", "UPSERT / row",
            List.of(new Row("dynasql UPDATE x = x + ?", "SqlPointUpdateBench.incrementDynasql", "statements/s"),
                new Row("dynasql UPDATE v = UPPER(CAST(? AS VARCHAR))", "SqlPointUpdateBench.computedDynasql", "statements/s"),
                new Row("dynasql UPSERT", "SqlPointUpdateBench.upsertDynasql", "statements/s"),
                new Row("H2 UPDATE x = x + ?", "SqlPointUpdateBench.incrementH2", "statements/s")),
            List.of(new Target("SQL prepared point UPDATE / UPSERT", "SqlPointUpdateBench.incrementDynasql",
                    "SqlPointUpdateBench.upsertDynasql", 0.5, "≥ 0.5×"),
                new Target("SQL prepared computed UPDATE / UPSERT", "SqlPointUpdateBench.computedDynasql",
                    "SqlPointUpdateBench.upsertDynasql", 0.5, "≥ 0.5×"))),
        new Comparison("11. SQL batch INSERT, autoCommit on, durable", String.format(Locale.ROOT,
            "`%s` prepared once, new keys, one thread, into a durable file database (`jdbc:dynasql:<dir>`, every "
            + "commit flushed to disk before it returns), autoCommit on. batch: %,d rows per `executeBatch`, run "
            + "with BatchWriteItem's semantics (every row independent, one durable commit for rows of distinct keys, "
            + "1 write unit an item). per row: `executeUpdate` once a row, one durable commit each. Raw floor: lmdbjava "
            + "opened as a durable dynasql database is (copy-on-write, every commit synced), the same rows under the "
            + "same physical keys (`keyspace | murmur3(pk) | pk | sk`: a batch touches 1,000 of the 10,000 partitions, "
            + "so about as many leaf pages), 1,000 puts per commit, no SQL. Scores are rows/s.",
            SqlBatchInsertBench.INSERT, SqlBatchInsertBench.BATCH),
            "SqlBatchInsertBench.batch", "batch / row",
            List.of(new Row("executeBatch of 1,000 rows", "SqlBatchInsertBench.batch", "rows/s"),
                new Row("executeUpdate per row", "SqlBatchInsertBench.perRow", "rows/s"),
                new Row("raw floor: lmdbjava, 1,000 puts per synced commit", "SqlBatchInsertBench.rawLmdb", "rows/s")),
            List.of(new Target("SQL batch INSERT, autoCommit on, durable", "SqlBatchInsertBench.batch", null, 50_000,
                "≥ 50,000 rows/s", "rows/s", false))),
        new Comparison("12. ImportTable from an uncompressed DynamoDB JSON export", String.format(Locale.ROOT,
            "`db.importTable(...)` of one uncompressed file of %,d small items (`{\"Item\":{...}}` lines, pk S and 5 "
            + "attributes) into a new table of a fresh database (sync off, created outside the measurement): parse, "
            + "validate, sort by physical key, append with LMDB's MDB_APPEND in transactions of %,d items. The "
            + "file is parsed on the calling thread, items are validated and encoded on up to 4 worker threads, and "
            + "LMDB is written by the database's writer thread. The BatchWriteItem load of section 5 is the path it "
            + "replaces. Scores are items/s.",
            ImportBench.ITEMS, io.dynasql.engine.exchange.Imports.BULK_CHUNK),
            "ImportBench.importJson", null,
            List.of(new Row("ImportTable, DYNAMODB_JSON, no compression", "ImportBench.importJson", "items/s")),
            List.of(new Target("ImportTable bulk load, uncompressed DynamoDB JSON", "ImportBench.importJson", null, 300_000,
                "≥ 300,000 items/s"))),
        changeCost(),
        federatedJoin(),
        federatedPoint());
  }

  private static final String FED_JOIN = "FederatedJoinBench.federated";
  private static final String PG_JOIN = "FederatedJoinBench.insidePostgres";
  private static final String FED_POINT = "FederatedPointBench.federated";

  /** Section 14: a join of a 1,000,000-row PostgreSQL table with a dynasql table (issue 12, item 6). */
  private Comparison federatedJoin() {
    return new Comparison("14. Federated join: 1,000,000 PostgreSQL rows with a dynasql table", String.format(Locale.ROOT,
        "`%s` as one `PreparedStatement`, a random region each time (%,d customers, %,d orders), every row read, one "
        + "thread. PostgreSQL 18 embedded (io.zonky, on this machine, over TCP to 127.0.0.1): `%s`, %,d rows loaded "
        + "with `generate_series`, an index on `customer_id`, VACUUM ANALYZE; `%s` holds %,d customers in dynasql "
        + "(`jdbc:dynasql:mem:`, copied from PostgreSQL with `INSERT … SELECT`) and, for the baseline, the same "
        + "table inside PostgreSQL. federated: a QUERY of the region's customers, whose ids go to PostgreSQL as one "
        + "`IN (?, …)` batch (semi-join reduction, `RemoteLookupJoin`). inside PostgreSQL: the same join on a plain "
        + "PostgreSQL connection, both tables inside it. no reduction: the federated join written `ON CAST(o.customer_id AS "
        + "VARCHAR(20)) = CAST(c.id AS VARCHAR(20))`, which hides the column from the reduction, so `orders_pg` is read whole and joined in dynasql "
        + "(there is no switch for the reduction alone). Before measuring, the three answers are checked equal, "
        + "and the label's remote rows against pg_stat_statements (reset, one run): %s",
        FederatedJoinBench.FEDERATED, FederatedData.PER_REGION, FederatedData.ORDERS_PER_REGION, FederatedData.ORDERS_DDL,
        FederatedData.ORDERS, FederatedData.CUSTOMERS_DDL, FederatedData.CUSTOMERS, federatedNotes()),
        FED_JOIN, "federated / row",
        List.of(new Row("federated, semi-join reduction", FED_JOIN, "queries/s"),
            new Row("both tables inside PostgreSQL", PG_JOIN, "queries/s"),
            new Row("federated, no reduction (orders_pg read whole)", "FederatedJoinBench.federatedNoReduction", "queries/s")),
        List.of(new Target("Federated join / the same join inside PostgreSQL", FED_JOIN, PG_JOIN, 0.5, "≥ 0.5× (within 2×)")));
  }

  private String federatedNotes() {
    Double label = notes.get("FederatedJoinBench.labelRows");
    Double rows = notes.get("FederatedJoinBench.pgStatRows");
    Double calls = notes.get("FederatedJoinBench.pgStatCalls");
    Double load = notes.get("FederatedJoinBench.load.postgres");
    if (label == null || rows == null || calls == null) return "not recorded in this run.";
    return String.format(Locale.ROOT, "the label said %,.0f rows, pg_stat_statements %,.0f rows in %,.0f call(s) of "
        + "that statement.%s", label, rows, calls,
        load == null ? "" : String.format(Locale.ROOT, " Loading PostgreSQL took %.1f s (not scored).", load));
  }

  /** Section 15: a prepared point query of the PostgreSQL table through a dynasql connection. */
  private static Comparison federatedPoint() {
    return new Comparison("15. Federated point query, prepared", String.format(Locale.ROOT,
        "`%s` as one `PreparedStatement` on a dynasql connection, re-executed with a random id of the %,d rows of "
        + "section 14, one thread: each execution borrows a connection from the source's HikariCP pool and sends "
        + "`SELECT \"amount\", \"status\" FROM \"public\".\"orders_pg\" WHERE \"id\" = ?`. Raw floor: `%s` on a "
        + "plain PostgreSQL connection.", FederatedPointBench.FEDERATED, FederatedData.ORDERS, FederatedPointBench.DIRECT),
        FED_POINT, "federated / row",
        List.of(new Row("federated, through dynasql", FED_POINT, "queries/s"),
            new Row("PostgreSQL directly", "FederatedPointBench.direct", "queries/s")),
        List.of(new Target("Federated prepared point query", FED_POINT, null, 5_000, "≥ 5,000 queries/s",
            "queries/s", false)));
  }

  private static final String PUT_PLAIN = "ChangeCostBench.putItem:change=none";
  private static final String PUT_STREAM = "ChangeCostBench.putItem:change=stream";
  private static final String PUT_VIEW = "ChangeCostBench.putItem:change=view";

  /**
   * Section 13: what a stream and a maintained view add to each write (issue 13: puts/s with a
   * stream on vs off, and the write cost of a maintained view).
   */
  private static Comparison changeCost() {
    return new Comparison("13. PutItem with a stream or a materialized view", String.format(Locale.ROOT,
        "`putItem` of a random key of %,d (pk S and 6 attributes, about 100 bytes; new items first, then "
        + "overwrites whose `version` always changes, so every put makes a change record), one thread, a "
        + "temporary database with sync off, so what shows is the work of the change log rather than fsync. "
        + "With a `NEW_AND_OLD_IMAGES` stream each put also appends its record (keys, old and new image) to "
        + "the change log in the put's own LMDB transaction; with a materialized view (`COUNT(*)` and "
        + "`SUM(score)` grouped by `age`, 60 groups, docs/rollups.md) each put also updates its group's item in "
        + "that transaction. The ratio column is the put rate with nothing attached over the row's rate, i.e. "
        + "how many times slower the row's writes are.", BenchData.ITEMS),
        PUT_PLAIN, "none / row",
        List.of(new Row("PutItem, no stream, no view", PUT_PLAIN, "puts/s"),
            new Row("PutItem, NEW_AND_OLD_IMAGES stream", PUT_STREAM, "puts/s"),
            new Row("PutItem, maintained materialized view", PUT_VIEW, "puts/s")),
        List.of(new Target("PutItem with a NEW_AND_OLD_IMAGES stream / without", PUT_STREAM, PUT_PLAIN, 0.5, "≥ 0.5×"),
            new Target("PutItem with a maintained materialized view / without", PUT_VIEW, PUT_PLAIN, 0.5, "≥ 0.5×")));
  }

  private String loadText() {
    StringBuilder t = new StringBuilder();
    for (String table : List.of("groupby", "groupbywide")) {
      Double d = notes.get("SqlGroupByBench.load." + table + ".dynasql");
      Double h = notes.get("SqlGroupByBench.load." + table + ".h2");
      if (d == null || h == null) continue;
      t.append(t.length() == 0 ? "Load, not scored: " : "; ").append(String.format(Locale.ROOT,
          "%s partitions: dynasql %.1f s (%,.0f items/s), H2 %.1f s (%,.0f rows/s)",
          table.equals("groupby") ? "1,000" : "100,000", d, SqlData.GROUP_ROWS / d, h, SqlData.GROUP_ROWS / h));
    }
    return t.length() == 0 ? "Load times were not recorded in this run." : t.append('.').toString();
  }

  private String firstQueryText() {
    StringBuilder t = new StringBuilder(String.format(Locale.ROOT,
        "Not JMH. `BenchMain` loads an on-disk database with the point-query table of 6 (%,d rows, engine API, "
        + "sync off), then %d times, one after the other, starts a fresh JVM with `java -cp <the benchmarks jar> "
        + "io.dynasql.tck.bench.SqlFirstQueryBench <dir> <pk> <sk>` (no JVM options) that opens "
        + "`jdbc:dynasql:<dir>`, runs the point query as a plain Statement and prints the answer. Time: wall "
        + "clock from just before the process is started to the line with the answer; **lower is better**; "
        + "median is the median of the runs, mean their mean. The database and the jar are in the page cache "
        + "(the same machine has just written or read them).", SqlData.POINT_ROWS, BenchMain.FIRST_QUERY_RUNS));
    if (firstQuery != null) {
      List<String> runs = new ArrayList<>();
      for (double v : firstQuery.seconds()) runs.add(String.format(Locale.ROOT, "%.2f", v));
      double connect = SqlFirstQueryBench.median(firstQuery.connectMillis()) / 1000;
      double query = SqlFirstQueryBench.median(firstQuery.queryMillis()) / 1000;
      List<Double> before = new ArrayList<>();
      for (int i = 0; i < firstQuery.seconds().size(); i++) {
        before.add(firstQuery.seconds().get(i) - (firstQuery.connectMillis().get(i) + firstQuery.queryMillis().get(i)) / 1000);
      }
      t.append(String.format(Locale.ROOT, " Runs: %s s. As the child measured it from the start of its `main` "
          + "(medians): %.2f s to open the connection, %.2f s from there to the answer; the rest, the JVM "
          + "starting up to `main` (and the answer's way back through the pipe), %.2f s. The jar is %.0f MB "
          + "(it also carries H2 and JMH).", String.join(", ", runs), connect, query, SqlFirstQueryBench.median(before),
          firstQuery.jarBytes() / 1e6));
    }
    return t.toString();
  }

  void write(Path out) throws IOException {
    String analysis = "_Not written yet: describe what the numbers above show and where dynasql falls short, and why._";
    Previous previous = new Previous(Files.exists(out) ? Files.readString(out) : "");
    if (Files.exists(out)) {
      String old = Files.readString(out);
      int a = old.indexOf(ANALYSIS_START);
      int b = old.indexOf(ANALYSIS_END);
      if (a >= 0 && b > a) analysis = old.substring(a + ANALYSIS_START.length(), b).strip();
    }
    StringBuilder md = new StringBuilder();
    md.append("# Benchmarks\n\n");
    md.append("Build and run from the repository root (about 7 minutes; it rewrites this file):\n\n");
    md.append("```sh\n").append(BenchMain.BUILD_AND_RUN).append("\n```\n\n");
    md.append("The JMH benchmarks live in `tck/src/bench/java/io/dynasql/tck/bench/` and are compiled only with "
        + "`-Pbench`. `BenchMain` runs them and writes this file: everything above the analysis section is "
        + "generated; the analysis is written by hand and kept across runs, so re-read it against new numbers.\n\n");

    md.append("## This run\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| date | ").append(DateTimeFormatter.ISO_INSTANT.format(start.atOffset(ZoneOffset.UTC).withNano(0).toInstant())).append(" |\n");
    md.append("| command | `").append(command).append("` |\n");
    md.append(String.format(Locale.ROOT, "| JMH | %s, mode throughput, %d fork(s), warmup %d × %d s, measurement %d × %d s%s |\n",
        version("org.openjdk.jmh", "jmh-core"), settings.forks(), settings.warmupIterations(), settings.warmupTime(),
        settings.iterations(), settings.time(), settings.profiler() == null ? "" : ", profiler " + settings.profiler()));
    md.append("| benchmarks | `").append(settings.include()).append("`, ").append(stats.size()).append(" results, ")
        .append(took.toMinutes()).append(" min ").append(took.toSecondsPart()).append(" s in all |\n");
    md.append("| LMDB buffer proxy | ").append(LmdbStore.BUFFER_PROXY).append(" |\n");
    md.append("| lmdbjava | ").append(version("org.lmdbjava", "lmdbjava")).append(", LMDB from ")
        .append(version("org.lmdbjava", "native")).append(" |\n");
    md.append("| other work on the machine | ").append(load)
        .append(" (the machine is shared: read the numbers with this in mind) |\n");
    md.append("| trial data | ").append(machine.dataFilesystem()).append(" |\n\n");

    md.append("## Machine\n\n| nproc | CPU | memory | JVM | OS |\n|---|---|---|---|---|\n");
    md.append("| ").append(machine.nproc()).append(" | ").append(machine.cpu()).append(" | ").append(machine.memory())
        .append(" | ").append(machine.jvm()).append(" | ").append(machine.os()).append(" |\n\n");

    md.append("## How to read the tables\n\n");
    md.append("**median** is the median of the measurement iterations' scores (").append(settings.iterations())
        .append(" per fork), computed by `BenchMain` from JMH's raw iteration data; **mean** and **± error** are JMH's "
        + "(the error is the half-width of the 99.9% confidence interval, wide with so few iterations). "
        + "Ratios are taken on medians. Higher is better everywhere except in section 9 (seconds). A section "
        + "whose benchmarks were not selected in this run (`--include`) is carried over from the previous "
        + "file and says from which run.\n\n");

    List<Comparison> comparisons = comparisons();
    md.append("## Targets\n\n| target | wanted | measured | |\n|---|---|---|---|\n");
    for (Comparison c : comparisons) {
      for (Target t : c.targets()) {
        Stat s = stats.get(t.subject());
        Stat b = t.baseline() == null ? null : stats.get(t.baseline());
        double measured = s == null ? Double.NaN : b == null ? (t.baseline() == null ? s.median() : Double.NaN) : s.median() / b.median();
        String carried = Double.isNaN(measured) ? previous.target(t.what()) : null;
        if (carried != null) {
          md.append(carried).append('\n');
          continue;
        }
        String shown = Double.isNaN(measured) ? "not measured"
            : t.baseline() == null ? num(measured) + " " + t.unit() : ratio(measured);
        boolean met = t.atMost() ? measured <= t.limit() : measured >= t.limit();
        String verdict = Double.isNaN(measured) ? "—" : met ? "met" : "**missed**";
        md.append("| ").append(t.what()).append(" | ").append(t.limitText()).append(" | ").append(shown)
            .append(" | ").append(verdict).append(" |\n");
      }
    }
    md.append('\n');

    for (Comparison c : comparisons) {
      String carried = c.rows().stream().noneMatch(r -> stats.containsKey(r.key())) ? previous.section(c.title()) : null;
      if (carried != null) {
        md.append("## ").append(c.title()).append("\n\n").append(carried).append("\n\n");
        continue;
      }
      md.append("## ").append(c.title()).append("\n\n").append(c.text()).append("\n\n");
      Stat subject = c.subject() == null ? null : stats.get(c.subject());
      boolean alloc = c.rows().stream().anyMatch(r -> stats.containsKey(r.key()) && stats.get(r.key()).allocPerOp() != null);
      md.append("| | median | mean | ± error | unit |");
      if (c.ratioHeader() != null) md.append(' ').append(c.ratioHeader()).append(" |");
      if (alloc) md.append(" alloc B/op |");
      md.append("\n|---|---:|---:|---:|---|");
      if (c.ratioHeader() != null) md.append("---:|");
      if (alloc) md.append("---:|");
      md.append('\n');
      for (Row r : c.rows()) {
        Stat s = stats.get(r.key());
        if (s == null) {
          md.append("| ").append(r.label()).append(" | not run or failed | | | |").append(c.ratioHeader() != null ? " |" : "").append(alloc ? " |" : "").append('\n');
          continue;
        }
        md.append("| ").append(r.label()).append(" | ").append(num(s.median())).append(" | ").append(num(s.mean()))
            .append(" | ").append(Double.isNaN(s.error()) ? "n/a" : num(s.error())).append(" | ").append(r.unit()).append(" |");
        if (c.ratioHeader() != null) {
          md.append(' ').append(r.key().equals(c.subject()) ? "—" : subject == null ? "n/a" : ratio(subject.median() / s.median())).append(" |");
        }
        if (alloc) md.append(' ').append(s.allocPerOp() == null ? "" : num(s.allocPerOp())).append(" |");
        md.append('\n');
      }
      md.append('\n');
    }

    md.append("## What this shows / where we fall short and why\n\n");
    md.append(ANALYSIS_START).append('\n').append(analysis).append('\n').append(ANALYSIS_END).append('\n');
    if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, md.toString());
  }

  /** The previous report's generated sections and target rows, to carry over what this run did not measure. */
  private static final class Previous {
    private final String date;
    private final Map<String, String> sections = new LinkedHashMap<>();
    private final Map<String, String> targets = new LinkedHashMap<>();

    Previous(String md) {
      String d = null;
      String title = null;
      StringBuilder body = new StringBuilder();
      for (String line : (md + "\n## end").split("\n", -1)) {
        if (line.startsWith("| date | ") && d == null) d = line.substring("| date | ".length(), line.length() - 2).trim();
        if (line.startsWith("## ")) {
          if (title != null) sections.put(title, body.toString().strip());
          title = line.substring(3).trim();
          body.setLength(0);
        } else {
          body.append(line).append('\n');
          if ("Targets".equals(title) && line.startsWith("| ") && !line.startsWith("| target |")) {
            targets.put(line.substring(2, line.indexOf(" | ")), line);
          }
        }
      }
      date = d == null ? "an earlier run" : "the run of " + d;
    }

    /** The old section under {@code title}, with a line saying where it comes from; null if none (or not measured there). */
    String section(String title) {
      String body = sections.get(title);
      if (body == null || !body.contains("|") || body.contains("not run or failed")) return null;
      return body.startsWith("_Not run in this run") ? body : "_Not run in this run: carried over from " + date + "._\n\n" + body;
    }

    /** The old target row for {@code what}, its measurement labelled with its run; null if none or not measured. */
    String target(String what) {
      String row = targets.get(what);
      if (row == null || row.contains("not measured")) return null;
      if (row.contains("(from ")) return row;
      String[] cells = row.split(" \\| ");
      if (cells.length != 4) return null;
      cells[2] = cells[2] + " (from " + date + ")";
      return String.join(" | ", cells);
    }
  }

  private static String num(double v) {
    if (Double.isNaN(v)) return "n/a";
    return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private static String ratio(double r) {
    return Double.isNaN(r) || Double.isInfinite(r) ? "n/a" : String.format(Locale.ROOT, r >= 10 ? "%.0f×" : "%.2f×", r);
  }

  /** A library's version from the Maven metadata shading keeps (manifests are merged away). */
  private static String version(String group, String artifact) {
    String res = "/META-INF/maven/" + group + "/" + artifact + "/pom.properties";
    try (InputStream in = Report.class.getResourceAsStream(res)) {
      if (in == null) return artifact + " (version unknown)";
      Properties p = new Properties();
      p.load(in);
      return artifact + " " + p.getProperty("version");
    } catch (IOException e) {
      return artifact + " (version unknown)";
    }
  }
}
