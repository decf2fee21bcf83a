package io.dynasql.calcite.sys;

import io.dynasql.engine.Database;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The recent table accesses of each open database, newest last, shared by all connections of
 * this JVM to it and shown as {@code sys.access_log}. Bounded: the oldest rows go first.
 */
public final class AccessLogStore {
  /** Rows kept per database. */
  public static final int CAPACITY = 10_000;

  /**
   * One table access of one statement.
   *
   * @param statementId increasing per database
   * @param sql the statement text
   * @param atomicOnDynamo false for a write DynamoDB could not make atomic (see {@code AccessRecord})
   * @param remote what an access of a source sent and fetched, or null
   */
  public record Row(long statementId, String sql, String tableName, String indexName, String access,
      long itemsRead, long itemsReturned, double readUnits, double writeUnits, double costUsd,
      boolean farFromData, java.sql.Timestamp startedAt, boolean atomicOnDynamo, Remote remote) {

    /** An access of the store (nothing sent to a source). */
    public Row(long statementId, String sql, String tableName, String indexName, String access, long itemsRead,
        long itemsReturned, double readUnits, double writeUnits, double costUsd, boolean farFromData,
        java.sql.Timestamp startedAt, boolean atomicOnDynamo) {
      this(statementId, sql, tableName, indexName, access, itemsRead, itemsReturned, readUnits, writeUnits, costUsd,
          farFromData, startedAt, atomicOnDynamo, null);
    }
  }

  /**
   * What an access of a source sent and fetched (REMOTE_SQL rows only).
   *
   * @param source the source's name
   * @param remoteSql the statement sent, with {@code ?} placeholders
   * @param bytes an estimate of the bytes fetched
   * @param roundTrips statements sent plus further fetches
   * @param millis time until its last row was read
   */
  public record Remote(String source, String remoteSql, long bytes, long roundTrips, long millis) {}

  private static final Map<Database, AccessLogStore> STORES = Collections.synchronizedMap(new WeakHashMap<>());

  private final ArrayDeque<Row> rows = new ArrayDeque<>();
  private final AtomicLong nextStatement = new AtomicLong(1);

  private AccessLogStore() {}

  /** The log of {@code db}. */
  public static AccessLogStore of(Database db) {
    return STORES.computeIfAbsent(db, d -> new AccessLogStore());
  }

  /** A new statement id. */
  public long nextStatementId() {
    return nextStatement.getAndIncrement();
  }

  public synchronized void add(Row r) {
    rows.addLast(r);
    while (rows.size() > CAPACITY) rows.removeFirst();
  }

  public synchronized List<Row> rows() {
    return new ArrayList<>(rows);
  }
}
