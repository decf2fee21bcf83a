package io.dynasql.federation.dynamo;

import io.dynasql.engine.catalog.IndexDescriptor;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.federation.catalog.SourceDefinition;
import io.dynasql.federation.catalog.SourceOption;
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
  /**
   * The longest one ListTables page may take, the SDK's retries included. Opening happens at CREATE
   * and ALTER SOURCE, and on first use, which may be DatabaseMetaData listing the sources: an endpoint
   * that accepts connections and never answers is refused then (08001) rather than waited on for nine
   * attempts of the HTTP client's 30-second read timeout.
   */
  static final java.time.Duration OPEN_TIMEOUT = java.time.Duration.ofSeconds(10);

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
        ListTablesResponse r = client.listTables(b -> b.exclusiveStartTableName(from)
            .overrideConfiguration(o -> o.apiCallTimeout(OPEN_TIMEOUT)));
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
    return new DynamoTable(definition.name(), t, new DynamoBackend(client, definition.name(), shape(t), statistics(d, t, sample),
        BatchReader.sleeping(), ScanSegments.of(definition.name(), definition.option(SourceOption.SCAN_SEGMENTS))),
        new DynamoWriter(client, definition.name(), name, BatchWriter.sleeping(), BatchReader.sleeping()));
  }

  private static TableShape shape(TableDescriptor t) {
    List<IndexShape> indexes = new ArrayList<>();
    for (IndexDescriptor i : t.indexes()) {
      indexes.add(new IndexShape(i.name(), i.kind(), i.keySchema(), i.projectionType(), i.nonKeyAttributes()));
    }
    return new TableShape(t.name(), t.keySchema(), indexes);
  }

  /**
   * DescribeTable's ItemCount and TableSizeBytes, of the table and of each index. The service
   * updates them about every six hours, so a young table may report 0: then the sample stands in
   * (at least as many items as it read, each of their average size).
   */
  private static TableStatistics statistics(TableDescription d, TableDescriptor t, List<Map<String, AttributeValue>> sample) {
    long sampled = 0;
    for (Map<String, AttributeValue> item : sample) sampled += io.dynasql.engine.model.ItemSizes.of(item);
    double average = sample.isEmpty() ? 0 : (double) sampled / sample.size();
    Map<String, TableStatistics.Sizes> indexes = new HashMap<>();
    for (IndexDescriptor i : t.indexes()) {
      Long items = null;
      Long bytes = null;
      for (var g : d.globalSecondaryIndexes()) if (g.indexName().equals(i.name())) { items = g.itemCount(); bytes = g.indexSizeBytes(); }
      for (var l : d.localSecondaryIndexes()) if (l.indexName().equals(i.name())) { items = l.itemCount(); bytes = l.indexSizeBytes(); }
      indexes.put(i.name(), sizes(items, bytes, 0, average, keyShare(sample, i.keySchema().partitionKey())));
    }
    double tableShare = t.keySchema().hasSortKey() ? keyShare(sample, t.keySchema().partitionKey()) : 1;
    return new TableStatistics(sizes(d.itemCount(), d.tableSizeBytes(), sample.size(), average, tableShare), indexes);
  }

  /** Distinct values of {@code key} per sampled item holding it: the share of partition keys among items, 0 when unknown. */
  private static double keyShare(List<Map<String, AttributeValue>> sample, String key) {
    java.util.Set<AttributeValue> distinct = new java.util.HashSet<>();
    int holding = 0;
    for (Map<String, AttributeValue> item : sample) {
      AttributeValue v = item.get(key);
      if (v == null) continue;
      holding++;
      distinct.add(v);
    }
    return holding == 0 ? 0 : (double) distinct.size() / holding;
  }

  private static TableStatistics.Sizes sizes(Long reportedItems, Long reportedBytes, long atLeast, double averageBytes,
      double keyShare) {
    long items = Math.max(reportedItems == null ? 0 : reportedItems, atLeast);
    long bytes = reportedBytes == null || reportedBytes == 0 ? Math.round(items * averageBytes) : reportedBytes;
    return new TableStatistics.Sizes(items, bytes, keyShare == 0 ? 0 : Math.max(1, Math.round(items * keyShare)));
  }

  @Override
  public void close() {
    client.close();
  }
}
