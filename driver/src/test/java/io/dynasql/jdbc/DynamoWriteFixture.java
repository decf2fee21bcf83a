package io.dynasql.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * What the tests of writes to a DynamoDB source share: a moto server, a table of orders (customer
 * S, orderId N, a global index byStatus), a connection with source {@code live} declared, and the
 * statement's row count and access lines. A source table's columns are the ones its sample found
 * when a statement first used it, so each table starts with one item, customer {@code seed},
 * holding every column the tests write. Items are read back with the AWS SDK, not through dynasql.
 */
final class DynamoWriteFixture implements AutoCloseable {
  private static int next;

  final MotoEndpoint moto;
  final Connection conn;

  DynamoWriteFixture(String... tables) throws SQLException {
    // the SDK's default provider chain reads these system properties; moto accepts any key
    System.setProperty("aws.accessKeyId", "test");
    System.setProperty("aws.secretAccessKey", "test");
    moto = new MotoEndpoint();
    for (String t : tables) {
      orders(moto.client(), t);
      put(t, "seed", 0, 0, "SEED");
      moto.client().updateItem(b -> b.tableName(t).key(Map.of("customer", AttributeValue.fromS("seed"), "orderId", AttributeValue.fromN("0")))
          .updateExpression("SET note = :n").expressionAttributeValues(Map.of(":n", AttributeValue.fromS("seed"))));
    }
    conn = DriverManager.getConnection("jdbc:dynasql:mem:dynwrite_" + (++next) + "_" + System.nanoTime());
    try (Statement s = conn.createStatement()) {
      s.execute("CREATE SOURCE live TYPE DYNAMODB OPTIONS (endpoint '" + moto.url() + "', region 'us-east-1')");
    }
  }

  /** Creates an orders table: customer (S) and orderId (N) as key, a global index byStatus on status. */
  static void orders(DynamoDbClient c, String table) {
    c.createTable(b -> b.tableName(table).billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(d -> d.attributeName("customer").attributeType("S"),
            d -> d.attributeName("orderId").attributeType("N"), d -> d.attributeName("status").attributeType("S"))
        .keySchema(k -> k.attributeName("customer").keyType("HASH"), k -> k.attributeName("orderId").keyType("RANGE"))
        .globalSecondaryIndexes(g -> g.indexName("byStatus").keySchema(k -> k.attributeName("status").keyType("HASH"))
            .projection(p -> p.projectionType(ProjectionType.ALL))));
  }

  /** Puts an order with a total and a status, through the SDK. */
  void put(String table, String customer, int order, long total, String status) {
    moto.client().putItem(b -> b.tableName(table).item(Map.of("customer", AttributeValue.fromS(customer),
        "orderId", AttributeValue.fromN(Integer.toString(order)), "total", AttributeValue.fromN(Long.toString(total)),
        "status", AttributeValue.fromS(status))));
  }

  /** The item with that key as the service holds it, or null. */
  Map<String, AttributeValue> get(String table, String customer, int order) {
    var r = moto.client().getItem(b -> b.tableName(table).consistentRead(true).key(Map.of("customer", AttributeValue.fromS(customer),
        "orderId", AttributeValue.fromN(Integer.toString(order)))));
    return r.hasItem() && !r.item().isEmpty() ? r.item() : null;
  }

  /** How many items the table holds, by a Scan through the SDK. */
  int count(String table) {
    return moto.client().scan(b -> b.tableName(table).consistentRead(true)).count();
  }

  /** A statement's row count (executeUpdate) and its access lines. */
  record Run(long count, List<String> lines) {
    /** The lines of the writes to the source. */
    List<String> writes() {
      return lines.stream().filter(l -> l.startsWith("access=WRITE")).toList();
    }
  }

  Run update(String sql) throws SQLException {
    try (Statement s = conn.createStatement()) {
      long n = s.executeLargeUpdate(sql);
      List<String> lines = new ArrayList<>();
      for (AccessLine l : s.unwrap(DynasqlStatement.class).accessLines()) lines.add(l.toString());
      return new Run(n, lines);
    }
  }

  /** The rows of a query, columns joined by a space. */
  List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement s = conn.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) b.append(i == 1 ? "" : " ").append(rs.getString(i));
        rows.add(b.toString());
      }
    }
    return rows;
  }

  @Override
  public void close() throws SQLException {
    try {
      conn.close();
    } finally {
      moto.close();
      System.clearProperty("aws.accessKeyId");
      System.clearProperty("aws.secretAccessKey");
    }
  }
}
