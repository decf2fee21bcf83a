package io.dynasql.calcite.stream;

import io.dynasql.calcite.ItemJson;
import io.dynasql.engine.api.StreamRecord;
import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/** The columns of {@code dynasql_stream(...)} and one stream record as a row of them. */
final class StreamRows {
  private StreamRows() {}

  private record Col(String name, SqlTypeName type, boolean nullable) {}

  private static final List<Col> COLUMNS = List.of(
      new Col("shard_id", SqlTypeName.VARCHAR, false),
      new Col("sequence_number", SqlTypeName.VARCHAR, false),
      new Col("event_name", SqlTypeName.VARCHAR, false),
      new Col("approximate_creation_time", SqlTypeName.TIMESTAMP, false),
      new Col("keys", SqlTypeName.VARCHAR, false),
      // absent when the stream's view type leaves the image out, or the change has none (an INSERT's old image)
      new Col("new_image", SqlTypeName.VARCHAR, true),
      new Col("old_image", SqlTypeName.VARCHAR, true),
      new Col("size_bytes", SqlTypeName.BIGINT, false));

  static RelDataType rowType(RelDataTypeFactory f) {
    RelDataTypeFactory.Builder b = f.builder();
    for (Col c : COLUMNS) b.add(c.name(), f.createTypeWithNullability(f.createSqlType(c.type()), c.nullable()));
    return b.build();
  }

  /** The row of {@code change}: images as JSON text, as the {@code _item} column shows items. */
  static Object[] of(StreamChange change) {
    StreamRecord r = change.event().dynamodb();
    return new Object[] {change.shardId(), r.sequenceNumber(), change.event().eventName().name(),
        r.approximateCreationDateTime().toEpochMilli(), ItemJson.of(r.keys()), json(r.newImage()),
        json(r.oldImage()), r.sizeBytes()};
  }

  private static String json(Map<String, AttributeValue> image) {
    return image == null ? null : ItemJson.of(image);
  }
}
