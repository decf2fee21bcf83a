package io.dynasql.engine.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.BillingMode;
import io.dynasql.engine.model.IndexKind;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.ProjectionType;
import io.dynasql.engine.model.StreamViewType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The catalog's JSON: descriptors round-trip, and the format is the one Jackson's object mapper
 * wrote before (so databases made then still open), field for field.
 */
class CatalogJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final TableDescriptor FULL = new TableDescriptor("Orders", 7,
      KeySchema.of("customer", AttributeType.S, "orderId", AttributeType.N),
      List.of(new IndexDescriptor("byStatus", 8, IndexKind.GLOBAL, KeySchema.of("status", AttributeType.S, "orderId", AttributeType.N),
              ProjectionType.INCLUDE, List.of("total", "note")),
          new IndexDescriptor("byTotal", 9, IndexKind.LOCAL, KeySchema.of("customer", AttributeType.S, "total", AttributeType.N),
              ProjectionType.KEYS_ONLY, List.of())),
      BillingMode.PROVISIONED, 5, 6, "STANDARD_INFREQUENT_ACCESS", 4, 1_763_700_000_123L,
      List.of(new ColumnInfo("total", "DECIMAL(10, 2)", ColumnInfo.DECLARED), new ColumnInfo("tags", "VARCHAR ARRAY", ColumnInfo.SAMPLED)),
      true, List.of(new StreamInfo("2025-11-21T04:40:00.123", 1_763_700_000_123_000L, StreamViewType.KEYS_ONLY, 1_763_700_100_000_000L),
          new StreamInfo("2025-11-21T04:41:40.001", 1_763_700_100_000_001L, StreamViewType.NEW_AND_OLD_IMAGES, StreamInfo.OPEN)),
      new TimeToLiveInfo("expiresAt", true, 1_763_700_200_000_000L));

  private static final TableDescriptor BARE = new TableDescriptor("t\u00e9st \"quoted\"", 1, KeySchema.of("pk", AttributeType.B),
      null, null, 0, 0, null, 1, 0, null, false);

  /** A base table with a materialized view (a view's own table carries the same record). */
  private static final TableDescriptor VIEWED = FULL.withRollups(List.of(new RollupInfo("byStatus", "Orders",
      List.of("status"), List.of(new RollupAggregate(io.dynasql.engine.model.RollupFunction.COUNT_STAR, null, "n"),
          new RollupAggregate(io.dynasql.engine.model.RollupFunction.SUM, "total", "revenue")))));

  /** With point-in-time recovery (docs/backup.md). */
  private static final TableDescriptor RECOVERABLE = FULL.withPointInTimeRecovery(
      new PointInTimeRecoveryInfo(true, 7, 1_763_700_300_000_000L));

  @Test
  void descriptorsRoundTrip() throws Exception {
    for (TableDescriptor t : List.of(FULL, BARE, RECOVERABLE, VIEWED)) assertEquals(t, CatalogJson.read(CatalogJson.write(t)));
  }

  @Test
  void theFormatIsTheObjectMappersBothWays() throws Exception {
    for (TableDescriptor t : List.of(FULL, BARE, RECOVERABLE, VIEWED)) {
      assertEquals(MAPPER.readTree(MAPPER.writeValueAsBytes(t)), MAPPER.readTree(CatalogJson.write(t)));
      assertEquals(t, CatalogJson.read(MAPPER.writeValueAsBytes(t)));
    }
  }

  @Test
  void unknownFieldsAreSkipped() throws Exception {
    String json = new String(CatalogJson.write(FULL), java.nio.charset.StandardCharsets.UTF_8)
        .replaceFirst("\\{", "{\"future\":{\"a\":[1,2.5,null,true]},");
    assertEquals(FULL, CatalogJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
