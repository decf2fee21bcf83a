package io.dynasql.tck.bench;

import static io.dynasql.engine.model.AttributeValue.bool;
import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.WriteRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.agrona.DirectBuffer;
import org.lmdbjava.DirectBufferProxy;
import org.lmdbjava.Env;
import org.lmdbjava.EnvFlags;

/**
 * The data every benchmark uses, so dynasql and raw LMDB hold the same items:
 * a partition key {@code pk} (S), an optional sort key {@code sk} (N) and five small attributes
 * (about 90 bytes encoded). Also temp directories and raw LMDB environments.
 */
final class BenchData {
  static final String TABLE = "Bench";
  /** Items in the GetItem and Scan tables (dynasql and raw LMDB). */
  static final int ITEMS = 100_000;

  private BenchData() {}

  /** {@code user#0000042}: fixed width, so key order is numeric order (and no String.format per item). */
  static String pk(long i) {
    String digits = Long.toString(i);
    return "user#" + "0000000".substring(Math.min(7, digits.length())) + digits;
  }

  /** One item; {@code sk} < 0 means the table has no sort key. */
  static Map<String, AttributeValue> item(long i, long sk) {
    Map<String, AttributeValue> m = new LinkedHashMap<>();
    m.put("pk", s(pk(i)));
    if (sk >= 0) m.put("sk", n(sk));
    m.put("name", s("name-" + i));
    m.put("email", s("user" + i + "@example.com"));
    m.put("age", n(18 + i % 60));
    m.put("score", n((i * 7919) % 100_000));
    m.put("active", bool(i % 3 != 0));
    return m;
  }

  /** Directory for one trial's data: under -Dbench.dir when given, else java.io.tmpdir. */
  static Path tempDir(String prefix) {
    try {
      String base = System.getProperty("bench.dir");
      if (base == null) return Files.createTempDirectory("dynasql-bench-" + prefix);
      Files.createDirectories(Path.of(base));
      return Files.createTempDirectory(Path.of(base), "dynasql-bench-" + prefix);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void delete(Path dir) {
    if (dir == null || !Files.exists(dir)) return;
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A dynasql database in {@code dir} with table {@value #TABLE}. */
  static Database open(Path dir, DatabaseOptions options, boolean withSortKey) {
    Database db = Database.open(dir, options);
    KeySchema ks = withSortKey
        ? KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N)
        : KeySchema.of("pk", AttributeType.S);
    db.createTable(CreateTableRequest.of(TABLE, ks));
    return db;
  }

  /** Loads items with BatchWriteItem, 25 at a time. */
  static void load(Database db, List<Map<String, AttributeValue>> items) {
    for (int from = 0; from < items.size(); from += 25) {
      List<WriteRequest> batch = new ArrayList<>();
      for (Map<String, AttributeValue> it : items.subList(from, Math.min(items.size(), from + 25))) {
        batch.add(WriteRequest.put(it));
      }
      db.batchWriteItem(Map.of(TABLE, batch));
    }
  }

  /**
   * A raw LMDB environment with the flags dynasql uses with sync off (write-mapped, no sync),
   * through the no-add-opens DirectBuffer proxy.
   */
  static Env<DirectBuffer> rawEnv(Path dir) {
    return Env.create(DirectBufferProxy.PROXY_DB)
        .setMapSize(1L << 30)
        .setMaxDbs(1)
        .open(dir.toFile(), EnvFlags.MDB_NOTLS, EnvFlags.MDB_WRITEMAP, EnvFlags.MDB_NOSYNC);
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
