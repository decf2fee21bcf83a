package io.dynasql.federation.dynamo;

import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.federation.catalog.SourceDefinition;
import io.dynasql.pushdown.backend.IndexShape;
import io.dynasql.pushdown.backend.TableShape;
import io.dynasql.pushdown.backend.TableStatistics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

/**
 * A declared DynamoDB source while the database is open: its SDK client, the names of its
 * tables (ListTables, every page, read when the source is opened) and each table once described
 * (DescribeTable plus one sampling Scan, on first use). Opening it lists the tables, so a
 * source that cannot be reached is refused before CREATE SOURCE keeps anything.
 */
public final class DynamoLive implements AutoCloseable {
  /** Items one Scan reads to find a remote table's columns. */
  static final int SAMPLE_ITEMS = 100;

  private final SourceDefinition definition;
  private final DynamoDbClient client;
  private final List<String> tableNames;
  private final Map<String, DynamoTable> tables = new ConcurrentHashMap<>();

  private DynamoLive(SourceDefinition definition, DynamoDbClient client, List<String> tableNames) {
    this.definition = definition;
    this.client = client;
    this.tableNames = List.copyOf(tableNames);
  }

  /** Connects: builds the client and lists the endpoint's tables, or throws (08001, 28000, ...). */
  public static DynamoLive open(SourceDefinition definition, UnaryOperator<String> environment) {
    DynamoDbClient client = DynamoClients.open(definition, environment);
    try {
      List<String> names = new ArrayList<>();
      String start = null;
      do {
        String from = start;
        ListTablesResponse r = client.listTables(b -> b.exclusiveStartTableName(from));
        names.addAll(r.tableNames());
        start = r.lastEvaluatedTableName();
      } while (start != null);
      return new DynamoLive(definition, client, names);
    } catch (SdkException e) {
      client.close();
      throw DynamoErrors.of(e, definition.name(), "ListTables", DynamoErrors.Phase.CONNECT);
    } catch (RuntimeException e) {
      client.close();
      throw e;
    }
  }

  public SourceDefinition definition() {
    return definition;
  }

  /** The endpoint's table names, as ListTables gave them. */
  public List<String> tableNames() {
    return tableNames;
  }

  /** The table called {@code name}, described on first use. */
  public DynamoTable table(String name) {
    return tables.computeIfAbsent(name, this::describe);
  }

  private DynamoTable describe(String name) {
    TableDescription d;
    List<Map<String, AttributeValue>> sample;
    try {
      d = client.describeTable(b -> b.tableName(name)).table();
      sample = SdkValues.fromSdkItems(client.scan(b -> b.tableName(name).limit(SAMPLE_ITEMS)).items());
    } catch (SdkException e) {
      throw DynamoErrors.of(e, definition.name(), "DescribeTable " + name, DynamoErrors.Phase.QUERY);
    }
    TableDescriptor t = DynamoShapes.descriptor(d, sample);
    return new DynamoTable(definition.name(), t, new DynamoBackend(client, definition.name(), shape(t), statistics(d),
        BatchReader.sleeping()));
  }

  private static TableShape shape(TableDescriptor t) {
    List<IndexShape> indexes = new ArrayList<>();
    for (IndexDescriptor i : t.indexes()) {
      indexes.add(new IndexShape(i.name(), i.kind(), i.keySchema(), i.projectionType(), i.nonKeyAttributes()));
    }
    return new TableShape(t.name(), t.keySchema(), indexes);
  }

  /** DescribeTable's ItemCount and TableSizeBytes, of the table and of each global index. */
  private static TableStatistics statistics(TableDescription d) {
    Map<String, TableStatistics.Sizes> indexes = new HashMap<>();
    d.globalSecondaryIndexes().forEach(i -> indexes.put(i.indexName(), new TableStatistics.Sizes(orZero(i.itemCount()),
        orZero(i.indexSizeBytes()))));
    d.localSecondaryIndexes().forEach(i -> indexes.put(i.indexName(), new TableStatistics.Sizes(orZero(i.itemCount()),
        orZero(i.indexSizeBytes()))));
    return new TableStatistics(new TableStatistics.Sizes(orZero(d.itemCount()), orZero(d.tableSizeBytes())), indexes);
  }

  private static long orZero(Long v) {
    return v == null ? 0 : v;
  }

  @Override
  public void close() {
    client.close();
  }
}
