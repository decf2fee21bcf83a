package io.dynasql.tck.clients;

import io.dynasql.tck.MotoServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A database with two sources, for the clients that browse them (issue 12: "DBeaver replay and
 * SchemaCrawler over a connection with two sources"): {@code crm}, an H2 file database with table
 * CUSTOMERS (key ID, index on CITY), and {@code live}, a DynamoDB endpoint (the moto server) with
 * table {@code orders}: key (customer, orderId), global index {@code byStatus} (status) and local
 * index {@code byTotal} (customer, total). The database itself has table {@code orders} too
 * (order_id, customer_id, amount). Every connection is closed on return, so a child JVM opens it.
 */
final class SourcesDatabase {
  /** The JVM options a client needs for the DynamoDB source: moto accepts any key (the SDK's default chain reads these). */
  static final List<String> AWS_OPTIONS = List.of("-Daws.accessKeyId=test", "-Daws.secretAccessKey=test");

  private SourcesDatabase() {}

  /** Creates H2's file and the database under {@code dir}, the table on {@code moto}, and returns the database's URL. */
  static String create(Path dir, MotoServer moto) throws Exception {
    System.setProperty("aws.accessKeyId", "test");
    System.setProperty("aws.secretAccessKey", "test");
    String crm = "jdbc:h2:file:" + dir.resolve("crm").toAbsolutePath();
    try (Connection h2 = DriverManager.getConnection(crm, "sa", ""); Statement st = h2.createStatement()) {
      st.execute("CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(40), city VARCHAR(40))");
      st.execute("CREATE INDEX customers_by_city ON customers (city)");
      st.execute("INSERT INTO customers VALUES (1, 'Ada', 'London'), (2, 'Grace', 'New York'), (3, 'Alan', 'London')");
    }
    liveOrders(moto.client());
    String url = "jdbc:dynasql:" + dir.resolve("db").toAbsolutePath();
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("CREATE SOURCE crm TYPE JDBC OPTIONS (url '" + crm + "', user 'sa', pool_size '2')");
      st.execute("CREATE SOURCE live TYPE DYNAMODB OPTIONS (endpoint '" + moto.url() + "', region 'us-east-1')");
      st.execute("CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount DECIMAL(10,2), PRIMARY KEY (order_id))");
      st.execute("INSERT INTO orders VALUES (10, 1, 5), (11, 3, 7.5), (12, 2, 9)");
    }
    return url;
  }

  /** The client's class path plus H2's jar: the source's JDBC driver, as a user would add it. */
  static List<Path> withH2(List<Path> classPath) throws Exception {
    List<Path> cp = new ArrayList<>(classPath);
    cp.add(Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
    return cp;
  }

  private static void liveOrders(DynamoDbClient c) {
    c.createTable(b -> b.tableName("orders").billingMode("PAY_PER_REQUEST")
        .attributeDefinitions(d -> d.attributeName("customer").attributeType("S"), d -> d.attributeName("orderId").attributeType("N"),
            d -> d.attributeName("status").attributeType("S"), d -> d.attributeName("total").attributeType("N"))
        .keySchema(k -> k.attributeName("customer").keyType("HASH"), k -> k.attributeName("orderId").keyType("RANGE"))
        .globalSecondaryIndexes(g -> g.indexName("byStatus").projection(p -> p.projectionType("ALL"))
            .keySchema(k -> k.attributeName("status").keyType("HASH")))
        .localSecondaryIndexes(l -> l.indexName("byTotal").projection(p -> p.projectionType("KEYS_ONLY"))
            .keySchema(k -> k.attributeName("customer").keyType("HASH"), k -> k.attributeName("total").keyType("RANGE"))));
    String[][] rows = {{"c1", "1", "NEW", "7"}, {"c1", "2", "PAID", "14"}, {"c2", "1", "NEW", "21"}};
    for (String[] r : rows) {
      c.putItem(b -> b.tableName("orders").item(Map.of("customer", AttributeValue.fromS(r[0]), "orderId", AttributeValue.fromN(r[1]),
          "status", AttributeValue.fromS(r[2]), "total", AttributeValue.fromN(r[3]))));
    }
  }
}
