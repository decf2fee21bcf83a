package io.dynasql.jdbc;

import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dynasql.engine.Database;
import io.dynasql.engine.DatabaseOptions;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.DeleteItemRequest;
import io.dynasql.engine.api.ExportDescription;
import io.dynasql.engine.api.ExportType;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.StreamViewType;
import io.dynasql.engine.time.SimulatedClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EXPORT TABLE of a past second and of a window of changes, from SQL: the same engine exports as
 * ExportTableToPointInTime with ExportTime, and with ExportType INCREMENTAL_EXPORT
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ExportTableToPointInTime.html).
 * The history is written an hour ago on a simulated clock, then exported through JDBC.
 */
class PastExportSqlTest {
  private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
  @TempDir Path dir;

  @Test
  void aPastSecondAndAWindowOfChangesExportFromSql() throws Exception {
    Instant start = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    SimulatedClock clock = new SimulatedClock(start);
    Instant then;
    Path db = dir.resolve("db");
    try (Database d = Database.open(db, new DatabaseOptions(64L << 20, false).withClock(clock))) {
      d.createTable(CreateTableRequest.of("orders", KeySchema.of("id", AttributeType.S))
          .withStream(StreamSpecification.enabled(StreamViewType.NEW_AND_OLD_IMAGES)));
      clock.advance(Duration.ofMinutes(1)); // the change history starts just after the stream was enabled
      d.putItem(PutItemRequest.of("orders", Map.of("id", s("o1"))));
      d.putItem(PutItemRequest.of("orders", Map.of("id", s("o2"))));
      clock.advance(Duration.ofMinutes(10));
      then = clock.instant();
      clock.advance(Duration.ofSeconds(1));
      d.putItem(PutItemRequest.of("orders", Map.of("id", s("o3"))));
      d.deleteItem(DeleteItemRequest.of("orders", Map.of("id", s("o1"))));
    }
    Path bucket = Files.createDirectory(dir.resolve("bucket"));
    try (Connection c = DriverManager.getConnection("jdbc:dynasql:" + db); Statement st = c.createStatement()) {
      st.execute("EXPORT TABLE orders TO '" + bucket + "' AS OF TIMESTAMP '" + SQL_TIME.format(then) + "'");
      st.execute("EXPORT TABLE orders TO '" + bucket + "' CHANGES FROM TIMESTAMP '" + SQL_TIME.format(start.plusSeconds(60))
          + "' TO TIMESTAMP '" + SQL_TIME.format(start.plus(Duration.ofMinutes(21))) + "' VIEW NEW_IMAGE");
      st.execute("EXPORT TABLE orders TO '" + bucket + "'");
      List<ExportDescription> exports = c.unwrap(DynasqlConnection.class).database().listExports("orders");
      assertEquals(3, exports.size());
      assertEquals(2, exports.get(0).itemCount(), "o1 and o2, as they were at " + then);
      assertEquals(ExportType.INCREMENTAL_EXPORT, exports.get(1).exportType());
      // one record per item changed in the window; o1, created and deleted inside it, was there at neither end
      assertEquals(2, exports.get(1).itemCount(), "o2 and o3");
      assertEquals(2, exports.get(2).itemCount(), "o2 and o3, now");
      SQLException future = assertThrows(SQLException.class, () -> st.execute("EXPORT TABLE orders TO '" + bucket
          + "' AS OF TIMESTAMP '" + SQL_TIME.format(Instant.now().plus(Duration.ofDays(1))) + "'"));
      assertEquals(4, c.unwrap(DynasqlConnection.class).database().listExports("orders").size() + 1,
          "a refused export is not listed: " + future.getMessage());
    }
  }
}
