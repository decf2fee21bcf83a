/**
 * Calcite used as a library: a {@link io.dynasql.calcite.exec.SqlSession} parses, validates,
 * plans and implements statements with Calcite's preparation ({@code CalcitePrepareImpl}, through
 * its public API) over a root schema of its own, and runs the result on a
 * {@link io.dynasql.calcite.exec.ExecutionContext} it builds per execution. No Calcite JDBC
 * connection is involved: the driver's own JDBC classes sit on this.
 */
package io.dynasql.calcite.exec;
