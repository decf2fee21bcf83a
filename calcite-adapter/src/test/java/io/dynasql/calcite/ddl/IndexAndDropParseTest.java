package io.dynasql.calcite.ddl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.ProjectionType;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndexAndDropParseTest {

  private static DdlStatement parse(String sql) {
    return DdlParser.parse(sql).orElseThrow();
  }

  @Test
  void createIndexIsGlobalWithAllByDefault() {
    assertEquals(new DdlStatement.CreateIndex("byStatus", "Orders", IndexKind.GLOBAL, false, List.of("status"), Projection.ALL),
        parse("CREATE INDEX byStatus ON Orders (status)"));
  }

  @Test
  void createGlobalIndexWithSortKeyAndProjections() {
    assertEquals(new DdlStatement.CreateIndex("byStatus", "Orders", IndexKind.GLOBAL, true, List.of("status", "date"),
            new Projection(ProjectionType.INCLUDE, List.of("total", "Note"))),
        parse("create global index if not exists byStatus on Orders (status, date) include (total, \"Note\");"));
    assertEquals(new Projection(ProjectionType.KEYS_ONLY, List.of()),
        ((DdlStatement.CreateIndex) parse("CREATE GLOBAL INDEX i ON t (a) KEYS_ONLY")).projection());
    assertEquals(Projection.ALL, ((DdlStatement.CreateIndex) parse("CREATE INDEX i ON t (a) all")).projection());
  }

  @Test
  void createLocalIndex() {
    assertEquals(new DdlStatement.CreateIndex("byTotal", "Orders", IndexKind.LOCAL, false, List.of("customer", "total"),
            new Projection(ProjectionType.KEYS_ONLY, List.of())),
        parse("CREATE LOCAL INDEX byTotal ON Orders (customer, total) KEYS_ONLY"));
  }

  @Test
  void indexNamesKeepTheirCase() {
    DdlStatement.CreateIndex c = (DdlStatement.CreateIndex) parse("CREATE INDEX ByStatus ON \"Order Items\" (\"Status\")");
    assertEquals("ByStatus", c.index());
    assertEquals("Order Items", c.table());
    assertEquals(List.of("Status"), c.keyColumns());
  }

  @Test
  void dropTable() {
    assertEquals(new DdlStatement.DropTable("Orders", false), parse("DROP TABLE Orders"));
    assertEquals(new DdlStatement.DropTable("orders", true), parse("drop table if exists orders;"));
    assertEquals(new DdlStatement.DropTable("if", false), parse("DROP TABLE if"));
  }

  @Test
  void dropIndex() {
    assertEquals(new DdlStatement.DropIndex("byStatus", "Orders", false), parse("DROP INDEX byStatus ON Orders"));
    assertEquals(new DdlStatement.DropIndex("by status", "Orders", true), parse("Drop Index If Exists \"by status\" On Orders ;"));
  }

  @Test
  void everyStatementNamesItsTable() {
    assertEquals("t", parse("CREATE TABLE t (k INT PRIMARY KEY)").table());
    assertEquals("t", parse("CREATE INDEX i ON t (a)").table());
    assertEquals("t", parse("DROP TABLE t").table());
    assertEquals("t", parse("DROP INDEX i ON t").table());
  }
}
