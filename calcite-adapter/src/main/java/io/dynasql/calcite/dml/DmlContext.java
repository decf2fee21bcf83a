package io.dynasql.calcite.dml;

import io.dynasql.calcite.exec.SqlSession;
import io.dynasql.pushdown.AccessReport;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What one DML statement runs with, passed explicitly to every step: the connection's SQL session
 * (its reads are queries on it), the statement's access report, which its reads and writes add
 * their lines to and which carries the read set its reads record item versions in, and the
 * statement's cancel flag, which stops its reads' planning and reading, and who is told how many
 * rows an {@code INSERT … SELECT} has read so far.
 *
 * @param session the connection's SQL session
 * @param report the statement's report, or null when nobody keeps one
 * @param cancel the statement's cancel flag
 * @param progress told the rows an {@code INSERT … SELECT} has read so far
 */
public record DmlContext(SqlSession session, AccessReport report, AtomicBoolean cancel, RowProgress progress) {
  /** A statement whose progress nobody follows. */
  public DmlContext(SqlSession session, AccessReport report, AtomicBoolean cancel) {
    this(session, report, cancel, RowProgress.NONE);
  }

  /** A statement nobody cancels. */
  public DmlContext(SqlSession session, AccessReport report) {
    this(session, report, new AtomicBoolean(), RowProgress.NONE);
  }

  /** The same statement, reporting to {@code other}. */
  DmlContext reportingTo(AccessReport other) {
    return new DmlContext(session, other, cancel, progress);
  }
}
