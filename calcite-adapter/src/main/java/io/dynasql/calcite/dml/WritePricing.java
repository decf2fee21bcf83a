package io.dynasql.calcite.dml;

/**
 * The DynamoDB calls a statement's writes are priced as, by how many items it writes (the same
 * rule {@link WriteLabels} applies to the writes once made): one item is one PutItem / UpdateItem /
 * DeleteItem; 2 to 100 items one TransactWriteItems, twice the units; over 100 the BatchWriteItem
 * calls DynamoDB would need, plain units, and not atomic there
 * (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html,
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_BatchWriteItem.html).
 */
public enum WritePricing {
  /** One item: PutItem, UpdateItem or DeleteItem. */
  SINGLE(1, true),
  /** 2 to 100 items, all or nothing: one TransactWriteItems. */
  TRANSACTION(2, true),
  /** Over 100 items: BatchWriteItem calls, which DynamoDB does not apply atomically. */
  BATCH(1, false),
  /** A source's UPDATE or DELETE of several items: one UpdateItem / DeleteItem each, not atomic together. */
  EACH(1, false);

  private final int factor;
  private final boolean atomicOnDynamo;

  WritePricing(int factor, boolean atomicOnDynamo) {
    this.factor = factor;
    this.atomicOnDynamo = atomicOnDynamo;
  }

  /** The pricing of one atomic statement writing {@code items} items. */
  public static WritePricing of(long items) {
    if (WriteLabels.pricedAsTransaction((int) Math.min(items, Integer.MAX_VALUE))) return TRANSACTION;
    return WriteLabels.atomicOnDynamo((int) Math.min(items, Integer.MAX_VALUE)) ? SINGLE : BATCH;
  }

  /** The pricing of a source's UPDATE or DELETE of {@code items} items, one call each ({@link SourceWrites}). */
  public static WritePricing each(long items) {
    return items <= 1 ? SINGLE : EACH;
  }

  /** What each write unit is multiplied by: 2 for a transaction. */
  public int factor() {
    return factor;
  }

  /** Whether DynamoDB could make the write atomic. */
  public boolean atomicOnDynamo() {
    return atomicOnDynamo;
  }

  /** The call's name for {@code dml}: PutItem, UpdateItem or DeleteItem for one item. */
  public String calls(DmlStatement dml) {
    return switch (this) {
      case SINGLE -> dml instanceof DmlStatement.Insert ? "PutItem" : dml instanceof DmlStatement.Update ? "UpdateItem" : "DeleteItem";
      case TRANSACTION -> "TransactWriteItems";
      case BATCH -> "BatchWriteItem";
      case EACH -> (dml instanceof DmlStatement.Update ? "UpdateItem" : "DeleteItem") + " per item";
    };
  }
}
