package io.dynasql.calcite.dml;

import io.dynasql.engine.api.TransactWriteItem;
import java.util.List;

/**
 * What a statement sends a {@link WritableSource}: its item writes, and how they are grouped into
 * calls. The actions are the ones a dynasql table's write would apply (puts, updates and deletes
 * with their condition expressions and placeholders).
 */
public sealed interface SourceWrite {
  /** The item writes, in the statement's order. */
  List<TransactWriteItem> actions();

  /** The DynamoDB operation each call is (PutItem, TransactWriteItems, ...), as the label names it. */
  String operation();

  /**
   * One PutItem, UpdateItem or DeleteItem per action, each on its own: an action whose condition
   * fails is skipped and the others still apply (rows affected = the calls that succeeded).
   */
  record Each(List<TransactWriteItem> actions) implements SourceWrite {
    public Each {
      actions = List.copyOf(actions);
    }

    @Override
    public String operation() {
      TransactWriteItem first = actions.get(0);
      return first instanceof TransactWriteItem.Put ? "PutItem" : first instanceof TransactWriteItem.Update ? "UpdateItem" : "DeleteItem";
    }
  }

  /** One TransactWriteItems of at most 100 actions: any failed condition cancels all of them. */
  record Transaction(List<TransactWriteItem> actions) implements SourceWrite {
    public Transaction {
      actions = List.copyOf(actions);
      if (actions.size() > WriteLabels.MAX_TRANSACTION_ACTIONS) {
        throw new IllegalArgumentException("TransactWriteItems takes at most " + WriteLabels.MAX_TRANSACTION_ACTIONS + " actions");
      }
    }

    @Override
    public String operation() {
      return "TransactWriteItems";
    }
  }

  /**
   * BatchWriteItem calls of 25 puts (conditions are not sent: BatchWriteItem takes none), items
   * the service leaves unprocessed sent again; not atomic.
   */
  record Batch(List<TransactWriteItem> actions) implements SourceWrite {
    public Batch {
      actions = List.copyOf(actions);
      for (TransactWriteItem a : actions) {
        if (!(a instanceof TransactWriteItem.Put)) throw new IllegalArgumentException("A batch holds puts only: " + a);
      }
    }

    @Override
    public String operation() {
      return "BatchWriteItem";
    }
  }
}
