package io.dynasql.tck.cost;

import io.dynasql.engine.model.AttributeValue;
import java.util.List;
import java.util.Map;

/**
 * One DynamoDB API call a statement's answer could be computed with, as the cheapest client would
 * send it. {@link Twin} sends it to the engine; {@link Documented} prices it from AWS's pages.
 */
sealed interface Call {
  /** The table the call reads or writes. */
  String table();

  /** GetItem, eventually consistent (the SQL default). */
  record Get(String table, Map<String, AttributeValue> key) implements Call {}

  /** BatchGetItem of distinct keys, 100 a call. */
  record BatchGet(String table, List<Map<String, AttributeValue>> keys) implements Call {}

  /**
   * Query of one partition key of the table or of {@code index} (null: the table), with an
   * optional sort-key condition, DynamoDB's {@code Limit} (null: none), direction, an optional
   * equality filter and {@code Select=COUNT}.
   */
  record Query(String table, String index, String pk, AttributeValue value, SortKey sort, Integer limit,
      boolean forward, Filter filter, boolean count) implements Call {
    Query limit(int n) {
      return new Query(table, index, pk, value, sort, n, forward, filter, count);
    }

    Query backward() {
      return new Query(table, index, pk, value, sort, limit, false, filter, count);
    }

    Query where(Filter f) {
      return new Query(table, index, pk, value, sort, limit, forward, f, count);
    }

    Query sorted(SortKey s) {
      return new Query(table, index, pk, value, s, limit, forward, filter, count);
    }

    Query counted() {
      return new Query(table, index, pk, value, sort, limit, forward, filter, true);
    }
  }

  /** Scan of the whole table, with an optional {@code Limit}, equality filter and count. */
  record Scan(String table, Integer limit, Filter filter, boolean count) implements Call {}

  /** PutItem of a whole item (INSERT's condition that the key is new costs nothing more). */
  record Put(String table, Map<String, AttributeValue> item) implements Call {}

  /** UpdateItem setting attributes of an existing item. */
  record Update(String table, Map<String, AttributeValue> key, Map<String, AttributeValue> set) implements Call {}

  /** DeleteItem. */
  record Delete(String table, Map<String, AttributeValue> key) implements Call {}

  /** TransactWriteItems of puts, updates and deletes (at most 100). */
  record Transact(List<Call> writes) implements Call {
    @Override
    public String table() {
      return writes.get(0).table();
    }
  }

  /** BatchWriteItem calls of puts and deletes, 25 a call. */
  record BatchWrite(List<Call> writes) implements Call {
    @Override
    public String table() {
      return writes.get(0).table();
    }
  }

  /** A sort-key condition: {@code =, <, <=, >, >=, BETWEEN} or {@code begins_with}. */
  record SortKey(String name, String op, AttributeValue low, AttributeValue high) {
    static SortKey of(String name, String op, AttributeValue v) {
      return new SortKey(name, op, v, null);
    }

    static SortKey between(String name, AttributeValue low, AttributeValue high) {
      return new SortKey(name, "BETWEEN", low, high);
    }
  }

  /** A filter {@code attribute = value}, applied after the items are read (and charged). */
  record Filter(String attribute, AttributeValue value) {}
}
