/**
 * Relational databases as schemas of a dynasql connection: {@code CREATE SOURCE crm TYPE JDBC
 * OPTIONS (...)} declares one, a HikariCP pool reaches it, and the planner sends it filters,
 * projections, ORDER BY and LIMIT as SQL in its dialect, labelling every access.
 */
package io.dynasql.federation;
