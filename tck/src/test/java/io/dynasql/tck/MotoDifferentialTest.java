package io.dynasql.tck;

import io.dynasql.federation.dynamo.SdkValues;
import static io.dynasql.engine.model.AttributeValue.n;
import static io.dynasql.engine.model.AttributeValue.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynasql.engine.Database;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.Expr;
import io.dynasql.engine.api.GetItemRequest;
import io.dynasql.engine.api.PutItemRequest;
import io.dynasql.engine.api.QueryRequest;
import io.dynasql.engine.api.ReturnValue;
import io.dynasql.engine.api.ScanRequest;
import io.dynasql.engine.api.SecondaryIndex;
import io.dynasql.engine.api.UpdateItemRequest;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.AttributeValue;
import io.dynasql.engine.model.KeySchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The same operations against dynasql and the moto server: items, counts and error kinds must
 * agree. Every accepted difference is listed in {@link KnownDifferences} with its reason.
 * Consumed capacity is not compared here: moto reports fixed units whatever the item
 * (CapacityDifferentialTest checks capacity against AWS's documented rules).
 */
class MotoDifferentialTest {
  /** Prefix of this class's cases in {@link KnownDifferences}. */
  private static final String CASES = "semantics: ";
  private static MotoServer moto;
  private static DynamoDbClient ddb;
  private static Database db;
  private static final List<String> mismatches = new ArrayList<>();

  @BeforeAll
  static void start() {
    moto = new MotoServer();
    ddb = moto.client();
    db = Database.temporary();
    db.createTable(CreateTableRequest.of("Items", KeySchema.of("pk", AttributeType.S, "sk", AttributeType.N))
        .withGlobalIndexes(SecondaryIndex.all("byGk", KeySchema.of("gk", AttributeType.S))));
    ddb.createTable(b -> b.tableName("Items").billingMode(BillingMode.PAY_PER_REQUEST)
        .attributeDefinitions(def("pk", ScalarAttributeType.S), def("sk", ScalarAttributeType.N), def("gk", ScalarAttributeType.S))
        .keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
        .globalSecondaryIndexes(GlobalSecondaryIndex.builder().indexName("byGk").keySchema(key("gk", KeyType.HASH))
            .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build()));
  }

  @AfterAll
  static void stop() {
    db.close();
    moto.close();
  }

  private static AttributeDefinition def(String n, ScalarAttributeType t) {
    return AttributeDefinition.builder().attributeName(n).attributeType(t).build();
  }

  private static KeySchemaElement key(String n, KeyType t) {
    return KeySchemaElement.builder().attributeName(n).keyType(t).build();
  }

  private static void same(String what, Outcome ours, Outcome theirs) {
    boolean agree = ours.failed() || theirs.failed()
        ? ours.failed() && theirs.failed() && ours.error().equals(theirs.error())
        : java.util.Objects.equals(ours.value(), theirs.value());
    if (!agree) mismatches.add(CASES + what + "\n    dynasql: " + ours + "\n    moto:    " + theirs);
  }

  private static Map<String, AttributeValue> randomItem(Random r, String pk, long sk) {
    Map<String, AttributeValue> item = new LinkedHashMap<>();
    item.put("pk", s(pk));
    item.put("sk", n(sk));
    item.put("str", s("x".repeat(r.nextInt(3000))));
    item.put("num", n(r.nextInt(2) == 0 ? Long.toString(r.nextLong()) : "0.000" + r.nextInt(99999)));
    if (r.nextBoolean()) item.put("gk", s("g" + r.nextInt(3)));
    if (r.nextBoolean()) item.put("list", AttributeValue.l(n(1), s("two"), AttributeValue.bool(true), AttributeValue.nul()));
    if (r.nextBoolean()) item.put("map", AttributeValue.m(Map.of("a", n(-125), "bb", AttributeValue.ss("x", "yy"))));
    if (r.nextBoolean()) item.put("ns", AttributeValue.ns("1", "2.5", "-3"));
    if (r.nextBoolean()) item.put("bin", AttributeValue.b(new byte[r.nextInt(500) + 1]));
    return item;
  }

  @Test
  void putsGetsQueriesAndScansAgreeOnItems() {
    Random r = new Random(7);
    for (int i = 0; i < 60; i++) {
      Map<String, AttributeValue> item = randomItem(r, "p" + (i % 4), i);
      same("PutItem #" + i,
          Outcome.of(() -> db.putItem(PutItemRequest.of("Items", item).withReturnValues(ReturnValue.ALL_OLD)).item()),
          Outcome.of(() -> SdkValues.fromSdk(ddb.putItem(b -> b.tableName("Items").item(SdkValues.toSdk(item))
              .returnValues(software.amazon.awssdk.services.dynamodb.model.ReturnValue.ALL_OLD)).attributes())));
    }
    for (int i = 0; i < 60; i += 7) {
      Map<String, AttributeValue> k = Map.of("pk", s("p" + (i % 4)), "sk", n(i));
      for (boolean consistent : new boolean[] {false, true}) {
        same("GetItem #" + i + " consistent=" + consistent,
            Outcome.of(() -> {
              var g = db.getItem(GetItemRequest.of("Items", k).withConsistentRead(consistent));
              return java.util.Collections.singletonList(g.item());
            }),
            Outcome.of(() -> {
              var g = ddb.getItem(b -> b.tableName("Items").key(SdkValues.toSdk(k)).consistentRead(consistent));
              return java.util.Collections.singletonList(SdkValues.fromSdk(g.item()));
            }));
      }
    }
    for (String filter : new String[] {null, "num > :z", "attribute_exists(gk)", "size(str) > :big", "sk > :z"}) {
      Map<String, AttributeValue> values = new LinkedHashMap<>(Map.of(":p", s("p1")));
      if (filter != null && filter.contains(":z")) values.put(":z", n(0));
      if (filter != null && filter.contains(":big")) values.put(":big", n(1500));
      same("Query filter=" + filter,
          Outcome.of(() -> {
            var q = db.query(QueryRequest.builder("Items").keyCondition("pk = :p").filter(filter).values(values).build());
            return List.of(q.items(), q.count(), q.scannedCount());
          }),
          Outcome.of(() -> {
            var q = ddb.query(b -> b.tableName("Items").keyConditionExpression("pk = :p").filterExpression(filter)
                .expressionAttributeValues(SdkValues.toSdk(values)));
            return List.of(SdkValues.fromSdkItems(q.items()), q.count(), q.scannedCount());
          }));
    }
    same("Scan count",
        Outcome.of(() -> db.scan(ScanRequest.builder("Items").build()).count()),
        Outcome.of(() -> ddb.scan(b -> b.tableName("Items")).count()));
    report("PutItem", "GetItem", "Query", "Scan");
  }

  @Test
  void updatesAgreeOnResultsAndErrors() {
    Map<String, AttributeValue> base = new LinkedHashMap<>(Map.of("pk", s("u"), "sk", n(1), "n", n(5),
        "l", AttributeValue.l(n(1), n(2)), "m", AttributeValue.m(Map.of("x", s("y"))), "ss", AttributeValue.ss("a", "b")));
    String[][] cases = {
        {"SET n = n + :one", null}, {"SET n = n - :one", null}, {"SET l = list_append(l, :l)", null},
        {"SET l[5] = :one", null}, {"REMOVE l[0]", null}, {"ADD ss :ss", null}, {"DELETE ss :ss", null},
        {"SET m.x = :one", null}, {"SET m.q.r = :one", null}, {"ADD n :one", null}, {"ADD nope :one", null},
        {"SET n = :s + :one", null}, {"SET sk = :one", null}, {"SET a = :one, a = :one", null},
        {"SET m = :one REMOVE m.x", null}, {"REMOVE n, l[1]", null}, {"SET x = if_not_exists(x, :one)", null},
        {"SET #n = :one", "#n"}, {"SET n = :undefined", null}, {"SET n = n +", null},
    };
    Map<String, AttributeValue> all = Map.of(":one", n(1), ":l", AttributeValue.l(s("z")), ":ss", AttributeValue.ss("a", "c"), ":s", s("str"));
    for (String[] c : cases) {
      db.putItem(PutItemRequest.of("Items", base));
      ddb.putItem(b -> b.tableName("Items").item(SdkValues.toSdk(base)));
      String expr = c[0];
      Map<String, AttributeValue> values = new LinkedHashMap<>();
      all.forEach((k, v) -> { if (expr.contains(k)) values.put(k, v); });
      Map<String, String> names = c[1] == null ? null : Map.of("#n", "n");
      Map<String, AttributeValue> k = Map.of("pk", s("u"), "sk", n(1));
      same("UpdateItem " + expr,
          Outcome.of(() -> db.updateItem(new UpdateItemRequest("Items", k, expr, null,
              new Expr(names, values.isEmpty() ? null : values), ReturnValue.ALL_NEW, false)).item()),
          Outcome.of(() -> SdkValues.fromSdk(ddb.updateItem(b -> b.tableName("Items").key(SdkValues.toSdk(k))
              .updateExpression(expr).expressionAttributeNames(names)
              .expressionAttributeValues(values.isEmpty() ? null : SdkValues.toSdk(values))
              .returnValues(software.amazon.awssdk.services.dynamodb.model.ReturnValue.ALL_NEW)).attributes())));
    }
    report("UpdateItem");
  }

  @Test
  void conditionsAgree() {
    Map<String, AttributeValue> item = new LinkedHashMap<>(Map.of("pk", s("c"), "sk", n(1), "n", n(5), "s", s("hello"),
        "l", AttributeValue.l(n(1), s("two")), "m", AttributeValue.m(Map.of("x", s("y"))), "ss", AttributeValue.ss("a", "b"),
        "b", AttributeValue.bool(true), "z", AttributeValue.nul()));
    db.putItem(PutItemRequest.of("Items", item));
    ddb.putItem(b -> b.tableName("Items").item(SdkValues.toSdk(item)));
    String[] conditions = {
        "n = :five", "n <> :five", "n < :six", "n > :s", "s < :s", "s BETWEEN :a AND :z", "n IN (:one, :five)",
        "attribute_exists(m.x)", "attribute_not_exists(m.q)", "attribute_type(n, :N)", "attribute_type(n, :S)",
        "begins_with(s, :he)", "contains(s, :ell)", "contains(ss, :a)", "contains(l, :two)", "size(s) = :five",
        "size(l) = :two2", "size(m) = :one", "size(ss) = :two2", "NOT n = :five", "n = :five AND s = :s",
        "n = :one OR s = :s", "missing = :five", "missing <> :five", "n = :s", "l[1] = :two", "m.x = :y",
        "begins_with(n, :he)", "attribute_type(n, :bad)", "s BETWEEN :z AND :a", "b = :t", "z = :null",
        "(n = :five)", "n = :five AND (s = :s OR n = :one)",
    };
    Map<String, AttributeValue> all = new LinkedHashMap<>();
    all.put(":five", n(5)); all.put(":six", n(6)); all.put(":s", s("hello")); all.put(":a", s("a"));
    all.put(":z", s("z")); all.put(":one", n(1)); all.put(":N", s("N")); all.put(":S", s("S"));
    all.put(":he", s("he")); all.put(":ell", s("ell")); all.put(":two", s("two")); all.put(":two2", n(2));
    all.put(":y", s("y")); all.put(":bad", s("XX")); all.put(":t", AttributeValue.bool(true)); all.put(":null", AttributeValue.nul());
    for (String cond : conditions) {
      Map<String, AttributeValue> values = new LinkedHashMap<>();
      all.forEach((name, v) -> { if (cond.matches(".*" + name + "\\b.*")) values.put(name, v); });
      // a conditional put of the same item: the condition is evaluated, and the item stays as it was
      same("Condition " + cond,
          Outcome.of(() -> db.putItem(PutItemRequest.of("Items", item).withCondition(cond, Expr.values(values))) != null),
          Outcome.of(() -> ddb.putItem(b -> b.tableName("Items").item(SdkValues.toSdk(item)).conditionExpression(cond)
              .expressionAttributeValues(SdkValues.toSdk(values))) != null));
    }
    report("Condition");
  }

  /** Fails on a mismatch no entry explains, and on an entry for these cases that explained none. */
  private static void report(String... cases) {
    List<String> unexpected = new ArrayList<>();
    for (String m : mismatches) {
      if (!KnownDifferences.explains(m)) unexpected.add(m);
    }
    mismatches.clear();
    assertEquals(List.of(), unexpected, "dynasql and moto disagree:\n" + String.join("\n", unexpected));
    for (String c : cases) {
      assertEquals(List.of(), KnownDifferences.unused(CASES + c), "known differences that no longer occur: remove them");
    }
  }
}
