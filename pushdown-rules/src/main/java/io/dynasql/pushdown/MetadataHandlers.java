package io.dynasql.pushdown;

import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.rel.metadata.ProxyingMetadataHandlerProvider;
import org.apache.calcite.rel.metadata.RelMetadataQuery;

/**
 * Plans over dynasql tables ask for metadata (row counts, costs, ...) through reflective handlers
 * instead of the handlers Calcite otherwise generates and compiles with Janino on first use: that
 * compilation is most of the first query's time in a fresh JVM (seven generated classes), while
 * the plans themselves are small and cached.
 */
final class MetadataHandlers {
  private MetadataHandlers() {}

  /** Makes {@code cluster}'s metadata queries reflective, over the same providers. */
  static void useReflective(RelOptCluster cluster) {
    ProxyingMetadataHandlerProvider handlers = new ProxyingMetadataHandlerProvider(cluster.getMetadataProvider());
    cluster.setMetadataQuerySupplier(() -> new RelMetadataQuery(handlers));
    cluster.invalidateMetadataQuery();
  }
}
