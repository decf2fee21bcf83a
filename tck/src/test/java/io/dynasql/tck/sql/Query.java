package io.dynasql.tck.sql;

/**
 * One generated SELECT.
 *
 * @param ordered whether its ORDER BY is a total order, so rows compare in order (else as a multiset)
 * @param shape what kind of query it is, for the run's summary
 */
record Query(String sql, boolean ordered, String shape) {}
