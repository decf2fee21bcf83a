package io.dynasql.engine.api;

import java.util.List;

/**
 * ListStreams' answer.
 *
 * @param streams the streams, by table name and then oldest first
 * @param lastEvaluatedStreamArn where the next page starts, or null when this is the last page
 */
public record ListStreamsResponse(List<StreamSummary> streams, String lastEvaluatedStreamArn) {
  public ListStreamsResponse {
    streams = List.copyOf(streams);
  }
}
