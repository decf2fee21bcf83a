package io.dynasql.calcite.ddl;

import io.dynasql.engine.model.ProjectionType;
import java.util.List;

/**
 * Which attributes a secondary index copies: {@code ALL} (the default when a statement names
 * none, so an index answers whatever the table would), {@code KEYS_ONLY}, or
 * {@code INCLUDE (a, b, ...)}: the keys plus the listed attributes.
 *
 * @param type the projection type
 * @param include the attributes INCLUDE lists, as written; empty otherwise
 */
public record Projection(ProjectionType type, List<String> include) {
  /** The default projection. */
  public static final Projection ALL = new Projection(ProjectionType.ALL, List.of());

  public Projection {
    include = List.copyOf(include);
  }
}
