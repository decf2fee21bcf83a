package io.dynasql.engine.api;

import java.util.List;

/**
 * TransactWriteItems: up to 100 actions on distinct items, applied all or none. A repeated
 * {@code clientRequestToken} within 10 minutes returns the first outcome without writing again.
 */
public record TransactWriteItemsRequest(List<TransactWriteItem> transactItems, String clientRequestToken) {
  public TransactWriteItemsRequest {
    transactItems = List.copyOf(transactItems);
  }

  public static TransactWriteItemsRequest of(TransactWriteItem... items) {
    return new TransactWriteItemsRequest(List.of(items), null);
  }
}
