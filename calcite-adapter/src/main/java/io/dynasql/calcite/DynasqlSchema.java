package io.dynasql.calcite;

import io.dynasql.engine.Database;
import io.dynasql.engine.catalog.TableDescriptor;
import java.util.HashMap;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * The engine's tables as a Calcite schema, read from the catalog on each lookup (a table created
 * by another connection or process appears without reconnecting). Table objects are reused
 * while their catalog entry is unchanged. A table whose columns were never declared is sampled
 * once ({@link ColumnSampler}); after that, describing it never reads items.
 */
public final class DynasqlSchema extends AbstractSchema {
  private final Database database;
  private final int sampleSize;
  private final boolean pushdown;
  private final boolean consistentRead;
  private final StoredValues.Mode misfits;
  private final double readUnitPrice;
  private final boolean hideExpired;
  private final double writeUnitPrice;
  private final Map<String, DynasqlTable> tables = new HashMap<>();

  /**
   * @param sampleSize items read, once per table, to discover the columns of a table whose
   *     columns were never declared
   */
  public DynasqlSchema(Database database, int sampleSize) {
    this(database, sampleSize, true);
  }

  /** A schema whose tables are narrowed by the pushdown rules only when {@code pushdown}. */
  public DynasqlSchema(Database database, int sampleSize, boolean pushdown) {
    this(database, sampleSize, pushdown, false);
  }

  /** The same, with strongly consistent reads when {@code consistentRead} (a full read unit per 4 KB). */
  public DynasqlSchema(Database database, int sampleSize, boolean pushdown, boolean consistentRead) {
    this(database, sampleSize, pushdown, consistentRead, StoredValues.Mode.STRICT);
  }

  /** The same, reading stored values their columns' types cannot show as {@code misfits} says. */
  public DynasqlSchema(Database database, int sampleSize, boolean pushdown, boolean consistentRead,
      StoredValues.Mode misfits) {
    this(database, sampleSize, pushdown, consistentRead, misfits, DynasqlTable.DEFAULT_READ_UNIT_PRICE);
  }

  /** The same, with estimates priced at {@code readUnitPrice} dollars per million read units. */
  public DynasqlSchema(Database database, int sampleSize, boolean pushdown, boolean consistentRead,
      StoredValues.Mode misfits, double readUnitPrice) {
    this(database, sampleSize, pushdown, consistentRead, misfits, readUnitPrice, false);
  }

  /** The same, leaving out of reads the items whose TTL has passed when {@code hideExpired}. */
  public DynasqlSchema(Database database, int sampleSize, boolean pushdown, boolean consistentRead,
      StoredValues.Mode misfits, double readUnitPrice, boolean hideExpired) {
    this(database, sampleSize, pushdown, consistentRead, misfits, readUnitPrice, hideExpired,
        DynasqlTable.DEFAULT_WRITE_UNIT_PRICE);
  }

  /** The same, with write estimates priced at {@code writeUnitPrice} dollars per million write units. */
  public DynasqlSchema(Database database, int sampleSize, boolean pushdown, boolean consistentRead,
      StoredValues.Mode misfits, double readUnitPrice, boolean hideExpired, double writeUnitPrice) {
    this.writeUnitPrice = writeUnitPrice;
    this.hideExpired = hideExpired;
    this.readUnitPrice = readUnitPrice;
    this.misfits = misfits;
    this.database = database;
    this.sampleSize = sampleSize;
    this.pushdown = pushdown;
    this.consistentRead = consistentRead;
  }

  public Database database() {
    return database;
  }

  @Override
  protected synchronized Map<String, Table> getTableMap() {
    Map<String, Table> out = new HashMap<>();
    for (TableDescriptor t : database.descriptors().values()) {
      if (!t.columnsKnown()) t = ColumnSampler.settle(database, t, sampleSize);
      DynasqlTable cached = tables.get(t.name());
      // The catalog hands out the same descriptor until the table changes: identity settles the
      // common case without a record's field-by-field equals (whose first call in a JVM links it).
      if (cached == null || cached.descriptor() != t && !cached.descriptor().equals(t)) {
        cached = new DynasqlTable(database, t, pushdown, consistentRead, misfits, readUnitPrice, hideExpired, writeUnitPrice);
        tables.put(t.name(), cached);
      }
      out.put(t.name(), cached);
    }
    tables.keySet().retainAll(out.keySet());
    return out;
  }

  /** {@code version()} and {@code dynasql_stream(...)}: found here because this is every connection's default schema. */
  @Override
  protected com.google.common.collect.Multimap<String, org.apache.calcite.schema.Function> getFunctionMultimap() {
    return com.google.common.collect.ImmutableMultimap.<String, org.apache.calcite.schema.Function>builder()
        .putAll(VersionFunction.functions()).putAll(io.dynasql.calcite.stream.StreamFunction.functions()).build();
  }

  @Override
  public boolean isMutable() {
    return true;
  }
}
