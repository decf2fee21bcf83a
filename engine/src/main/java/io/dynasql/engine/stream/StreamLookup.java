package io.dynasql.engine.stream;

import io.dynasql.engine.catalog.StreamInfo;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.ops.Engine;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/** Finds the table and stream a stream ARN names, as committed in a transaction. */
record StreamLookup(TableDescriptor table, StreamInfo stream, String arn) {

  static StreamLookup of(Engine engine, Txn<DirectBuffer> txn, String arn, long nowMicros) {
    StreamArns.Parsed p = StreamArns.parse(engine.region(), arn);
    TableDescriptor t = engine.catalog().tables(txn).get(p.tableName());
    StreamInfo s = t == null ? null : t.stream(p.label());
    if (s == null || Shards.expired(s, nowMicros)) {
      throw new ResourceNotFoundException("Requested resource not found: Stream: " + arn + " not found"
          + (t == null ? " (no table " + p.tableName() + ")" : s == null ? "" : " (disabled more than 24 hours ago)"));
    }
    return new StreamLookup(t, s, arn);
  }
}
