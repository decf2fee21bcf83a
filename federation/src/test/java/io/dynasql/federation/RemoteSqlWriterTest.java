package io.dynasql.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.federation.plan.Operand;
import io.dynasql.federation.plan.OrderKey;
import io.dynasql.federation.plan.RemoteCondition;
import io.dynasql.federation.plan.RemoteQuery;
import io.dynasql.federation.plan.RemoteSqlWriter;
import io.dynasql.federation.schema.RemoteColumn;
import io.dynasql.federation.schema.RemoteTableDef;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import org.apache.calcite.sql.type.SqlTypeName;
import org.junit.jupiter.api.Test;

/** Remote statements per dialect: quoted names, every value a placeholder, the row limit in each dialect's words. */
class RemoteSqlWriterTest {
  private static final RemoteTableDef T = new RemoteTableDef(null, "app", "Order\"s", List.of(
      new RemoteColumn("id", Types.INTEGER, "int4", SqlTypeName.INTEGER, 10, 0, false),
      new RemoteColumn("note", Types.VARCHAR, "text", SqlTypeName.VARCHAR, -1, -1, true)), List.of("id"));

  private static final RemoteQuery Q = new RemoteQuery(T, List.of(1, 0),
      List.of(new RemoteCondition.Compare(0, RemoteCondition.Op.GE, new Operand.Literal(5)),
          new RemoteCondition.AnyOf(List.of(new RemoteCondition.NullTest(1, true),
              new RemoteCondition.Compare(1, RemoteCondition.Op.EQ, new Operand.Parameter(0, SqlTypeName.VARCHAR))))),
      List.of(new OrderKey(0, true, false)), Optional.of(new Operand.Literal(10L)));

  @Test
  void postgresql() {
    RemoteSqlWriter.Written w = RemoteSqlWriter.write(Q, Dialect.POSTGRESQL);
    assertEquals("SELECT \"note\", \"id\" FROM \"app\".\"Order\"\"s\" WHERE \"id\" >= ? AND (\"note\" IS NULL OR \"note\" = ?)"
        + " ORDER BY \"id\" DESC NULLS LAST LIMIT ?", w.sql());
    assertEquals(3, w.operands().size());
  }

  @Test
  void mariadbAndGeneric() {
    assertEquals("SELECT `note`, `id` FROM `app`.`Order\"s` WHERE `id` >= ? AND (`note` IS NULL OR `note` = ?)"
        + " ORDER BY `id` DESC LIMIT ?", RemoteSqlWriter.write(Q, Dialect.MARIADB).sql());
    assertEquals("SELECT \"note\", \"id\" FROM \"app\".\"Order\"\"s\" WHERE \"id\" >= ? AND (\"note\" IS NULL OR \"note\" = ?)"
        + " ORDER BY \"id\" DESC NULLS LAST FETCH FIRST ? ROWS ONLY", RemoteSqlWriter.write(Q, Dialect.GENERIC).sql());
  }

  @Test
  void dialectsByProductName() {
    assertEquals(Dialect.POSTGRESQL, Dialect.of("PostgreSQL"));
    assertEquals(Dialect.H2, Dialect.of("H2"));
    assertEquals(Dialect.SQLITE, Dialect.of("SQLite"));
    assertEquals(Dialect.MARIADB, Dialect.of("MariaDB"));
    assertEquals(Dialect.GENERIC, Dialect.of("Apache Derby"));
  }
}
