package io.dynasql.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.calcite.stream.StreamCursor;
import io.dynasql.calcite.stream.StreamStart;
import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.StreamSpecification;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.StreamViewType;
import io.dynasql.engine.time.SimulatedClock;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code dynasql stream tail}: records print as GetRecords returns them, INSERT / MODIFY / REMOVE
 * with the images the view type carries
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Streams.html).
 */
class StreamTailTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void oncePrintsWhatExistsFromTheStartOrNothingFromLatest() throws SQLException {
    String url = "jdbc:dynasql:mem:stream-tail";
    try (Connection conn = DriverManager.getConnection(url); Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE orders (id VARCHAR PRIMARY KEY, status VARCHAR) WITH (stream = 'NEW_AND_OLD_IMAGES')");
      st.execute("INSERT INTO orders (id, status) VALUES ('o1', 'NEW')");
      st.execute("UPDATE orders SET status = 'PAID' WHERE id = 'o1'");
      assertEquals(0, Main.run(new String[] {"stream", "tail", "orders", "--once", url}, out));
      String[] lines = printed().split("\n");
      assertEquals(2, lines.length, printed());
      assertTrue(lines[0].contains(" INSERT keys={\"id\":\"o1\"} new={\"id\":\"o1\",\"status\":\"NEW\"} shard=shardId-"), lines[0]);
      assertTrue(lines[1].contains(" MODIFY keys={\"id\":\"o1\"} new={\"id\":\"o1\",\"status\":\"PAID\"} old={\"id\":\"o1\",\"status\":\"NEW\"}"), lines[1]);
      bytes.reset();
      assertEquals(0, Main.run(new String[] {"stream", "tail", "orders", "--from", "LATEST", "--once", url}, out));
      assertEquals("", printed());
    }
  }

  @Test
  void badArgumentsAndTablesWithoutAStreamAreReported() throws SQLException {
    String url = "jdbc:dynasql:mem:stream-tail-errors";
    try (Connection conn = DriverManager.getConnection(url); Statement st = conn.createStatement()) {
      st.execute("CREATE TABLE plain (id VARCHAR PRIMARY KEY)");
      assertEquals(2, Main.run(new String[] {"stream", "tail", "plain", "--from", "NOW", url}, out));
      assertTrue(printed().contains("'NOW'") && printed().contains(StreamCommand.USAGE), printed());
      bytes.reset();
      assertEquals(2, Main.run(new String[] {"stream", "head", "plain"}, out));
      assertTrue(printed().contains("expected tail, got head"), printed());
      bytes.reset();
      assertEquals(1, Main.run(new String[] {"stream", "tail", "plain", "--once", url}, out));
      assertTrue(printed().contains("has no stream"), printed());
    }
  }

  @Test
  void followPrintsNewRecordsWhenTheClockMovesOn() throws Exception {
    SimulatedClock clock = SimulatedClock.atFixedStart();
    try (Database db = Database.temporary(clock)) {
      db.createTable(CreateTableRequest.of("orders", KeySchema.of("id", AttributeType.S))
          .withStream(StreamSpecification.enabled(StreamViewType.KEYS_ONLY)));
      db.putItem(PutItemRequest.of("orders", Map.of("id", AttributeValue.s("before"))));
      StreamTail tail = new StreamTail(new StreamCursor(db, "orders", StreamStart.LATEST), clock, out);
      java.time.Instant start = clock.instant();
      Thread follower = new Thread(() -> {
        try {
          tail.follow(start, 2);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      follower.start();
      db.putItem(PutItemRequest.of("orders", Map.of("id", AttributeValue.s("after"))));
      clock.advance(StreamTail.INTERVAL);
      follower.join(Duration.ofMinutes(1).toMillis());
      assertTrue(!follower.isAlive(), "the second read waits for the clock, which has moved on");
      assertTrue(printed().contains("INSERT keys={\"id\":\"after\"}"), printed());
      assertTrue(!printed().contains("before"), printed());
    }
  }
}
