package io.dynasql.federation.plan;

import io.dynasql.federation.Dialect;
import io.dynasql.federation.LiveSource;
import io.dynasql.federation.schema.RemoteColumn;
import io.dynasql.federation.schema.RemoteTableDef;
import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One side of a join a source computes: the statement of one table ({@link RemoteInputs.Remote}),
 * or a join of two such sides ({@link RemoteJoin}), so that three or more tables of one source
 * become one statement. Each side is a derived table of the join's statement.
 */
sealed interface RemoteFrom permits RemoteInputs.Remote, RemoteJoin {
  LiveSource source();

  /** The columns it returns, in order. */
  List<RemoteColumn> columns();

  /** The type each column has in the plan (an exact number may be wider than the remote column's). */
  List<SqlTypeName> types();

  /** The rows it is expected to return. */
  double rows();

  /** Its statement, written as the body of a derived table (each column named once). */
  RemoteSqlWriter.Written derived(Dialect d);

  /** How the enclosing statement names its column {@code i}, after the derived table's alias. */
  String ref(int i, Dialect d);

  /** Its first table: where the label's catalog and schema come from. */
  RemoteTableDef firstTable();

  /** The tables it reads, for the label ({@code orders inner join customers}). */
  String tables();
}
