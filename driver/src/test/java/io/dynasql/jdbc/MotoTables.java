package io.dynasql.jdbc;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Loads the tables of the DynamoDB-source tests: items written to a moto endpoint 25 a
 * BatchWriteItem call, and the same rows inserted into a dynasql table, the reference a statement
 * over the source is compared with.
 */
final class MotoTables {
  private MotoTables() {}

  /** Creates {@code table} with partition key {@code pk} (S) and, unless null, sort key {@code sk} (N). */
  static void create(DynamoDbClient c, String table, String pk, String sk) {
    c.createTable(b -> {
      b.tableName(table).billingMode("PAY_PER_REQUEST");
      if (sk == null) {
        b.attributeDefinitions(d -> d.attributeName(pk).attributeType("S")).keySchema(k -> k.attributeName(pk).keyType("HASH"));
      } else {
        b.attributeDefinitions(d -> d.attributeName(pk).attributeType("S"), d -> d.attributeName(sk).attributeType("N"))
            .keySchema(k -> k.attributeName(pk).keyType("HASH"), k -> k.attributeName(sk).keyType("RANGE"));
      }
    });
  }

  /** Writes {@code items} to {@code table}, 25 a call. */
  static void write(DynamoDbClient c, String table, List<Map<String, AttributeValue>> items) {
    List<WriteRequest> writes = new ArrayList<>();
    for (Map<String, AttributeValue> item : items) writes.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
    for (int from = 0; from < writes.size(); from += 25) {
      List<WriteRequest> batch = writes.subList(from, Math.min(writes.size(), from + 25));
      c.batchWriteItem(b -> b.requestItems(Map.of(table, batch)));
    }
  }

  /** Inserts {@code rows} (each a list of SQL literals) into the dynasql table {@code table}, 200 a statement. */
  static void insert(Statement s, String table, List<String> rows) throws SQLException {
    for (int from = 0; from < rows.size(); from += 200) {
      s.execute("INSERT INTO " + table + " VALUES " + String.join(", ", rows.subList(from, Math.min(rows.size(), from + 200))));
    }
  }
}
