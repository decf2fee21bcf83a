package io.dynasql.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.SQLException;

/**
 * Base of the driver's JDBC objects: a dynamic proxy that forwards every call to Calcite's
 * object and turns every failure into a SQLException with a SQLState. Subclasses intercept
 * the few calls where dynasql adds behaviour (execution, warnings, unwrap, close).
 */
abstract class Delegating implements InvocationHandler {
  protected final Object target;

  Delegating(Object target) {
    this.target = target;
  }

  /**
   * Every call takes the connection's lock ({@link ConnectionHandler#lock}): Calcite's connection
   * is not thread-safe and tools share one connection between threads. {@code cancel} goes
   * around it, to reach a running statement.
   */
  @Override
  public final Object invoke(Object proxy, java.lang.reflect.Method m, Object[] args) throws Throwable {
    if (m.getName().equals("cancel") && (args == null || args.length == 0)) return cancel();
    synchronized (lock()) {
      try {
        return invokeLocked(proxy, m, args);
      } catch (SQLException | VirtualMachineError e) {
        throw e;
      } catch (Throwable t) { // only SQLExceptions leave the driver
        throw SqlStates.of(t);
      }
    }
  }

  /** {@code cancel()}, called without the connection's lock (the call it stops holds it). */
  protected Object cancel() throws SQLException {
    throw new java.sql.SQLFeatureNotSupportedException("cancel is not supported here", "0A000");
  }

  /** The lock of the connection this object belongs to. */
  protected abstract Object lock();

  /** Handles a call, holding the connection's lock. */
  protected abstract Object invokeLocked(Object proxy, java.lang.reflect.Method m, Object[] args) throws Throwable;

  /** A proxy of {@code iface} driven by {@code handler}. */
  static <T> T proxy(Class<T> iface, Delegating handler) {
    return iface.cast(Proxy.newProxyInstance(Delegating.class.getClassLoader(), new Class<?>[] {iface}, handler));
  }

  /** Calls the same method on the target, mapping its failure. */
  protected Object forward(Method m, Object[] args) throws SQLException {
    try {
      return m.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw SqlStates.of(e.getCause());
    } catch (IllegalAccessException e) {
      throw new SQLException("Cannot call " + m.getName() + ": " + e.getMessage(), "HY000", e);
    }
  }

  /** Handles equals, hashCode and toString by identity; null for any other method. */
  protected Object objectMethod(Object proxy, Method m, Object[] args) {
    switch (m.getName()) {
      case "equals": return args != null && args.length == 1 && proxy == args[0];
      case "hashCode": return System.identityHashCode(proxy);
      case "toString": return getClass().getSimpleName() + "@" + Integer.toHexString(System.identityHashCode(proxy));
      default: return null;
    }
  }

  /** Runs {@code body}, mapping any unchecked failure, Errors included, to a SQLException. */
  protected static Object guarded(SqlCall body) throws SQLException {
    try {
      return body.call();
    } catch (SQLException e) {
      // Calcite's own SQLExceptions ("Error while preparing statement") carry no state
      throw e.getSQLState() == null ? SqlStates.of(e) : e;
    } catch (RuntimeException | Error e) {
      throw SqlStates.of(e);
    }
  }

  /** A call that may fail. */
  @FunctionalInterface
  interface SqlCall {
    Object call() throws SQLException;
  }

  static boolean isObjectMethod(Method m) {
    return m.getDeclaringClass() == Object.class;
  }
}
