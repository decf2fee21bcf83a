package io.dynasql.federation.dynamo;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * A DynamoDB source as a schema: {@code live.Orders} names table Orders of source live. The
 * source is reached only when a statement names it, and a table is described only when a
 * statement uses it (the map's values are fetched lazily), so naming one table of an endpoint
 * with hundreds does not describe them all.
 */
public final class DynamoSchema extends AbstractSchema {
  private final Supplier<DynamoLive> live;
  private final boolean pushdown;

  /**
   * A schema over the source {@code live} supplies (connecting on first use); {@code pushdown}
   * false makes every access of its tables a plain Scan, as for dynasql's own tables.
   */
  public DynamoSchema(Supplier<DynamoLive> live, boolean pushdown) {
    this.live = live;
    this.pushdown = pushdown;
  }

  private Table table(DynamoLive l, String name) {
    DynamoTable t = l.table(name);
    return pushdown ? t : t.withoutPushdown();
  }

  @Override
  protected Map<String, Table> getTableMap() {
    DynamoLive l = live.get();
    return new AbstractMap<>() {
      @Override
      public Table get(Object key) {
        return key instanceof String s && l.tableNames().contains(s) ? table(l, s) : null;
      }

      @Override
      public boolean containsKey(Object key) {
        return key instanceof String s && l.tableNames().contains(s);
      }

      @Override
      public Set<Entry<String, Table>> entrySet() {
        return new AbstractSet<>() {
          @Override
          public Iterator<Entry<String, Table>> iterator() {
            Iterator<String> names = l.tableNames().iterator();
            return new Iterator<>() {
              @Override
              public boolean hasNext() {
                return names.hasNext();
              }

              @Override
              public Entry<String, Table> next() {
                String name = names.next();
                return new Entry<>() {
                  @Override public String getKey() { return name; }
                  @Override public Table getValue() { return table(l, name); }
                  @Override public Table setValue(Table value) { throw new IllegalStateException("A source's tables are read-only"); }
                };
              }
            };
          }

          @Override
          public int size() {
            return l.tableNames().size();
          }
        };
      }
    };
  }
}
