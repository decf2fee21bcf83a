package io.dynasql.engine.ops;

import io.dynasql.engine.api.TransactWriteItemsRequest;
import io.dynasql.engine.api.TransactWriteItemsResponse;
import io.dynasql.engine.error.IdempotentParameterMismatchException;
import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TransactWriteItems' ClientRequestToken: for ten minutes (by the engine's clock), the same token
 * with the same request returns the first answer without writing again; with another request it
 * is an error.
 */
final class IdempotencyTokens {
  static final long TTL_MILLIS = 10 * 60 * 1000;

  private record Entry(TransactWriteItemsRequest request, TransactWriteItemsResponse response, long at) {}

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final Clock clock;

  IdempotencyTokens(Clock clock) {
    this.clock = clock;
  }

  /** The earlier answer for this token, or null when the token is new or expired. */
  TransactWriteItemsResponse lookup(TransactWriteItemsRequest r) {
    if (r.clientRequestToken() == null) return null;
    expire();
    Entry e = entries.get(r.clientRequestToken());
    if (e == null) return null;
    if (!e.request().transactItems().equals(r.transactItems())) {
      throw new IdempotentParameterMismatchException("The request uses the same client token as a previous, but non-identical request: "
          + r.clientRequestToken());
    }
    return e.response();
  }

  void remember(TransactWriteItemsRequest r, TransactWriteItemsResponse response) {
    if (r.clientRequestToken() != null) {
      entries.put(r.clientRequestToken(), new Entry(r, response, clock.millis()));
    }
  }

  private void expire() {
    long now = clock.millis();
    for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
      if (now - it.next().at() > TTL_MILLIS) it.remove();
    }
  }
}
