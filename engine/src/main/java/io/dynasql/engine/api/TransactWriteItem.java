package io.dynasql.engine.api;

/** One action of TransactWriteItems: a put, update, delete or condition check. */
public sealed interface TransactWriteItem {
  /** The table the action touches. */
  String tableName();

  /** A conditional put. */
  record Put(PutItemRequest request) implements TransactWriteItem {
    @Override public String tableName() { return request.tableName(); }
  }

  /** A conditional update. */
  record Update(UpdateItemRequest request) implements TransactWriteItem {
    @Override public String tableName() { return request.tableName(); }
  }

  /** A conditional delete. */
  record Delete(DeleteItemRequest request) implements TransactWriteItem {
    @Override public String tableName() { return request.tableName(); }
  }

  /** A condition that must hold for the transaction to commit. */
  record Check(ConditionCheck request) implements TransactWriteItem {
    @Override public String tableName() { return request.tableName(); }
  }
}
