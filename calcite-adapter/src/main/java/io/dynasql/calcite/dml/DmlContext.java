package io.dynasql.calcite.dml;

import io.dynasql.calcite.exec.SqlSession;
import io.dynasql.pushdown.AccessReport;

/**
 * What one DML statement runs with, passed explicitly to every step: the connection's SQL session
 * (its reads are queries on it) and the statement's access report, which its reads and writes
 * add their lines to and which carries the read set its reads record item versions in.
 *
 * @param session the connection's SQL session
 * @param report the statement's report, or null when nobody keeps one
 */
public record DmlContext(SqlSession session, AccessReport report) {
  /** The same statement, reporting to {@code other}. */
  DmlContext reportingTo(AccessReport other) {
    return new DmlContext(session, other);
  }
}
