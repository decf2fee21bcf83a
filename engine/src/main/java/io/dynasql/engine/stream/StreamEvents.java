package io.dynasql.engine.stream;

import io.dynasql.engine.api.Identity;
import io.dynasql.engine.api.StreamEvent;
import io.dynasql.engine.api.StreamRecord;
import io.dynasql.engine.catalog.StreamInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.changelog.Actor;
import io.dynasql.engine.changelog.ChangeRecord;
import io.dynasql.engine.codec.ItemSize;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.StreamViewType;
import io.dynasql.engine.time.Micros;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Turns change log records into the stream records GetRecords returns, as the stream's view type shapes them. */
final class StreamEvents {
  static final String EVENT_VERSION = "1.1";
  static final String EVENT_SOURCE = "aws:dynamodb";

  private StreamEvents() {}

  static StreamEvent of(ChangeRecord c, TableDescriptor t, StreamInfo s, String streamArn, String region) {
    StreamViewType view = s.viewType();
    Map<String, AttributeValue> keys = t.keySchema().keyOf(c.newImage() != null ? c.newImage() : c.oldImage());
    Map<String, AttributeValue> newImage = view.hasNewImage() ? c.newImage() : null;
    Map<String, AttributeValue> oldImage = view.hasOldImage() ? c.oldImage() : null;
    String sequenceNumber = SequenceNumbers.format(c.commitMicros(), c.sequence());
    Instant created = Instant.ofEpochSecond(Math.floorDiv(c.commitMicros(), Micros.SECOND)); // rounded down to the second
    StreamRecord body = new StreamRecord(created, keys, newImage, oldImage, sequenceNumber,
        sizeBytes(keys, newImage, oldImage), view);
    Identity who = c.actor() == Actor.TTL_SERVICE ? Identity.DYNAMODB_SERVICE : null;
    return new StreamEvent(eventId(streamArn, c.sequence()), c.kind(), EVENT_VERSION, EVENT_SOURCE, region, body, who);
  }

  /**
   * DynamoDB documents SizeBytes only as "the size of the stream record, in bytes" (at least 1).
   * Our rule: the DynamoDB item size (attribute names plus values, as for capacity) of the Keys,
   * NewImage and OldImage the record carries, so it grows with the view type. It gives exactly the
   * SizeBytes of AWS's example stream event (26, 59, 38; see DocumentedRecordsTest).
   */
  static long sizeBytes(Map<String, AttributeValue> keys, Map<String, AttributeValue> newImage,
      Map<String, AttributeValue> oldImage) {
    long size = ItemSize.of(keys);
    if (newImage != null) size += ItemSize.of(newImage);
    if (oldImage != null) size += ItemSize.of(oldImage);
    return Math.max(1, size);
  }

  /** Globally unique and stable: the same record read twice has the same id (32 hex digits, as DynamoDB's). */
  static String eventId(String streamArn, long sequence) {
    return UUID.nameUUIDFromBytes((streamArn + "#" + sequence).getBytes(StandardCharsets.UTF_8)).toString().replace("-", "");
  }
}
