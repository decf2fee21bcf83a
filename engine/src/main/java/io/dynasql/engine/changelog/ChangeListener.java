package io.dynasql.engine.changelog;

import io.dynasql.engine.catalog.TableDescriptor;
import io.dynasql.engine.model.AttributeValue;
import java.util.Map;
import org.agrona.DirectBuffer;
import org.lmdbjava.Txn;

/**
 * What the change log tells, in the writer's transaction, about every committed change of an
 * item of a table that has materialized views (or is one): the maintained rollups hang here, so
 * they commit or vanish with the change itself. It may write through the store's writes and
 * may throw a DynamoException to refuse the change (the writer then runs its group again
 * without the request).
 */
@FunctionalInterface
public interface ChangeListener {
  /** Nobody listens. */
  ChangeListener NONE = (txn, t, oldImage, newImage) -> { };

  /** {@code t}'s item went from {@code oldImage} to {@code newImage} (either null, never both, never equal). */
  void changed(Txn<DirectBuffer> txn, TableDescriptor t, Map<String, AttributeValue> oldImage,
      Map<String, AttributeValue> newImage);

  /**
   * The write units the listener's own writes cost since it was last asked, per table written
   * (the views' tables), and forgets them; writer thread only.
   */
  default Map<String, Double> takeUnits() {
    return Map.of();
  }
}
