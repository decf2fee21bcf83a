package io.dynasql.engine.ops;

import io.dynasql.engine.api.Expr;
import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeValue;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the actions of one atomic write share while they are prepared on the caller's thread:
 * each table is looked up once (a read transaction each) and each distinct condition is parsed,
 * resolved and compiled once. The SQL layer's batch of 1,000 INSERT rows carries the same
 * {@code attribute_not_exists(#pk)} on every put; compiling it per row cost more than the put.
 * It also refuses two actions on one item, comparing keys as values (numbers are normalised).
 */
final class SharedPreparation {
  /** A condition as a request carries it: its text and its placeholders. */
  private record ConditionText(String text, Expr expr) {}

  /** One item of one table. */
  private record Target(String table, Map<String, AttributeValue> key) {}

  private final ItemWrites writes;
  private final Map<String, TableDescriptor> tables = new HashMap<>();
  private final Map<ConditionText, Compiled.Condition> conditions = new HashMap<>();
  private final Set<Target> targets = new HashSet<>();

  SharedPreparation(ItemWrites writes) {
    this.writes = writes;
  }

  /** The table as the catalog had it when first asked in this write (a bad name or ResourceNotFoundException otherwise). */
  TableDescriptor table(String name) {
    TableDescriptor t = tables.get(name);
    if (t == null) {
      t = writes.table(name);
      tables.put(name, t);
    }
    return t;
  }

  /**
   * The compiled condition (null when there is none), with the request's unused placeholders
   * refused as {@link ItemWrites#condition} does. Compiling is a pure function of text and
   * placeholders, so an equal pair gets the same compiled condition back.
   */
  Compiled.Condition condition(String text, Expr expr) {
    ConditionText k = new ConditionText(text, expr);
    Compiled.Condition c = conditions.get(k);
    if (c == null && !conditions.containsKey(k)) {
      c = ItemWrites.condition(text, expr);
      conditions.put(k, c);
    }
    return c;
  }

  /** Whether this write has not named the item before (false: a second action on it). */
  boolean firstOn(TableDescriptor t, Map<String, AttributeValue> key) {
    return targets.add(new Target(t.name(), key));
  }
}
