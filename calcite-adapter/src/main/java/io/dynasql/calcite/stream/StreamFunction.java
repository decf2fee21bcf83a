package io.dynasql.calcite.stream;

import com.google.common.collect.ImmutableMultimap;
import com.google.common.collect.Multimap;
import org.apache.calcite.schema.Function;
import org.apache.calcite.schema.ScannableTable;
import org.apache.calcite.schema.impl.TableFunctionImpl;

/**
 * The table function {@code TABLE(dynasql_stream('orders', 'TRIM_HORIZON'))}: one row per record
 * of the table's stream, from the oldest kept ({@code 'TRIM_HORIZON'}) or from now
 * ({@code 'LATEST'}) to the last record written, without waiting for more.
 */
public final class StreamFunction {
  private StreamFunction() {}

  /** Called by Calcite, when planning (arguments may be null then) and when running; it must be public. */
  public static ScannableTable dynasql_stream(String table, String position) {
    return new StreamTable(table, position);
  }

  /** The function as a schema holds it, under the names an unquoted call can spell. */
  public static Multimap<String, Function> functions() {
    Function f = TableFunctionImpl.create(StreamFunction.class, "dynasql_stream");
    return ImmutableMultimap.of("dynasql_stream", f, "DYNASQL_STREAM", f);
  }
}
