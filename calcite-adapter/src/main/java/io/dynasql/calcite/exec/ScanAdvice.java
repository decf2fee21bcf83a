package io.dynasql.calcite.exec;

import io.dynasql.pushdown.DynamoAccessNode;
import io.dynasql.pushdown.backend.IndexShape;
import io.dynasql.pushdown.backend.TableShape;

/** The message of a refused SCAN: which table, and which key or index would make it a QUERY. */
final class ScanAdvice {
  private ScanAdvice() {}

  static String message(DynamoAccessNode a) {
    TableShape t = a.source().shape();
    StringBuilder sb = new StringBuilder("Full SCAN of table ").append(t.name())
        .append(" (about ").append(a.source().itemCount()).append(" items) refused: the connection has scan=deny. ")
        .append("Add a condition on its partition key ").append(t.keySchema().partitionKey())
        .append(" (= or IN) to make it a GET or QUERY");
    for (IndexShape i : t.indexes()) {
      sb.append(", or on ").append(i.keySchema().partitionKey()).append(" to QUERY index ").append(i.name());
    }
    return sb.append('.').toString();
  }
}
