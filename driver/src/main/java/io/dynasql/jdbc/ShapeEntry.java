package io.dynasql.jdbc;

import java.util.Map;
import org.apache.calcite.sql.SqlNode;

/**
 * What a statement shape was found to be the first time it ran ({@link ShapeCache}): what to
 * run for a statement of that shape, given its literals (the slots of {@link LexedShape#literals()}).
 */
sealed interface ShapeEntry {
  /** How name resolution rewrote the text: the text the access report and log show. */
  ResolvedText resolved();

  /**
   * A point GET found without planning ({@link DirectPoint}): the partition key is literal
   * {@code pkSlot}, the sort key literal {@code skSlot} (-1 when the table has none).
   */
  record Point(DirectPoint.Template template, int pkSlot, int skSlot, ResolvedText resolved) implements ShapeEntry {}

  /**
   * A query whose literals were lifted into parameters ({@link LiteralLifter}): its lifted text
   * (the plan cache's key) and tree, the literal each parameter takes, and the literals that were
   * not lifted (a LIMIT, a literal in the select list) with their text, which a statement must
   * repeat exactly to be of this entry.
   */
  record Lifted(String sql, SqlNode tree, int[] paramSlots, Map<Integer, String> fixed, ResolvedText resolved)
      implements ShapeEntry {}
}
