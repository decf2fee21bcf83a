package io.dynasql.engine.api;

import java.util.List;

/**
 * GetRecords' answer.
 *
 * @param records in sequence order
 * @param nextShardIterator where to read on; null once a closed shard has been read to its end
 */
public record GetRecordsResponse(List<StreamEvent> records, String nextShardIterator) {
  public GetRecordsResponse {
    records = List.copyOf(records);
  }
}
