package io.dynasql.engine.error;

import java.util.List;

/** A transaction was cancelled as a whole; one reason per action, in request order. */
public final class TransactionCanceledException extends DynamoException {
  private static final long serialVersionUID = 1L;
  private final transient List<CancellationReason> reasons;

  public TransactionCanceledException(List<CancellationReason> reasons) {
    super(describe(reasons));
    this.reasons = List.copyOf(reasons);
  }

  private static String describe(List<CancellationReason> reasons) {
    StringBuilder sb = new StringBuilder("Transaction cancelled, please refer cancellation reasons for specific reasons [");
    for (int i = 0; i < reasons.size(); i++) {
      if (i > 0) sb.append(", ");
      sb.append(reasons.get(i).code());
    }
    return sb.append(']').toString();
  }

  /** One reason per action of the request, in order. */
  public List<CancellationReason> reasons() {
    return reasons;
  }

  @Override
  public ErrorKind kind() {
    return ErrorKind.TRANSACTION_CANCELED;
  }
}
