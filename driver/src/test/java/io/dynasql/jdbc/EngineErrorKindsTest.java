package io.dynasql.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.error.CancellationReason;
import io.dynasql.engine.error.DynamoException;
import io.dynasql.engine.error.ErrorKind;
import io.dynasql.engine.error.TransactionCanceledException;
import java.lang.reflect.Modifier;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link DynamoException} is sealed and every class of its hierarchy has its own {@link ErrorKind};
 * the driver maps each kind to one SQLState. Error type names are DynamoDB's
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html).
 */
class EngineErrorKindsTest {
  /** The state each kind maps to: the table the driver's switch must agree with. */
  private static final Map<ErrorKind, String> STATES = new EnumMap<>(Map.ofEntries(
      Map.entry(ErrorKind.VALIDATION, "22000"), Map.entry(ErrorKind.INVALID_RESTORE_TIME, "22000"),
      Map.entry(ErrorKind.POINT_IN_TIME_RECOVERY_UNAVAILABLE, "22000"),
      Map.entry(ErrorKind.RESOURCE_NOT_FOUND, "42S02"), Map.entry(ErrorKind.TABLE_NOT_FOUND, "42S02"),
      Map.entry(ErrorKind.BACKUP_NOT_FOUND, "42S02"), Map.entry(ErrorKind.RESOURCE_IN_USE, "42S01"),
      Map.entry(ErrorKind.TABLE_ALREADY_EXISTS, "42S01"), Map.entry(ErrorKind.CONDITIONAL_CHECK_FAILED, "23000"),
      Map.entry(ErrorKind.TRANSACTION_CANCELED, "40000"), Map.entry(ErrorKind.TRANSACTION_CONFLICT, "40001"),
      Map.entry(ErrorKind.IDEMPOTENT_PARAMETER_MISMATCH, "22023"), Map.entry(ErrorKind.READ_ONLY_DATABASE, "25006"),
      Map.entry(ErrorKind.DAMAGED_DATA, "58030"), Map.entry(ErrorKind.INTERNAL_SERVER_ERROR, "58000"),
      Map.entry(ErrorKind.PROVISIONED_THROUGHPUT_EXCEEDED, "57000"), Map.entry(ErrorKind.EXPIRED_ITERATOR, "HY000"),
      Map.entry(ErrorKind.INVALID_EXPORT_TIME, "HY000"), Map.entry(ErrorKind.ITEM_COLLECTION_SIZE_LIMIT_EXCEEDED, "HY000"),
      Map.entry(ErrorKind.LIMIT_EXCEEDED, "HY000"), Map.entry(ErrorKind.TRIMMED_DATA_ACCESS, "HY000")));

  @Test
  void everyClassOfTheSealedHierarchyHasItsOwnKindAndState() throws Exception {
    List<Class<?>> classes = new ArrayList<>();
    collect(DynamoException.class, classes);
    Map<ErrorKind, Class<?>> seen = new EnumMap<>(ErrorKind.class);
    for (Class<?> c : classes) {
      if (Modifier.isAbstract(c.getModifiers())) continue;
      DynamoException e = instance(c);
      Class<?> before = seen.put(e.kind(), c);
      assertEquals(null, before, e.kind() + " is the kind of two classes");
      if (!c.getSimpleName().equals("DamagedDataException") && !c.getSimpleName().equals("ReadOnlyDatabaseException")) {
        assertEquals(c.getSimpleName().replace("Error", "ErrorException"), e.errorCode().replace("Error", "ErrorException"), "error type of " + c);
      }
      SQLException s = SqlStates.ofEngine(e);
      assertEquals(STATES.get(e.kind()), s.getSQLState(), c.getSimpleName());
      assertTrue(s.getMessage().startsWith(e.errorCode() + ": "), s.getMessage());
    }
    assertEquals(ErrorKind.values().length, seen.size(), "kinds without a class: " + seen.keySet());
    assertEquals(ErrorKind.values().length, STATES.size());
  }

  @Test
  void aTransactionCanceledByAFailedConditionIsAnIntegrityViolation() {
    TransactionCanceledException e = new TransactionCanceledException(List.of(
        CancellationReason.NONE, new CancellationReason("ConditionalCheckFailed", "The conditional request failed", null)));
    assertEquals("23000", SqlStates.ofEngine(e).getSQLState());
  }

  @Test
  void theNamesReportedAsOtherTypesAreTheDocumentedOnes() {
    assertEquals("InternalServerError", ErrorKind.DAMAGED_DATA.errorType());
    assertEquals("AccessDeniedException", ErrorKind.READ_ONLY_DATABASE.errorType());
    assertTrue(ErrorKind.PROVISIONED_THROUGHPUT_EXCEEDED.retryable());
    assertTrue(!ErrorKind.VALIDATION.retryable());
  }

  private static void collect(Class<?> c, List<Class<?>> into) {
    into.add(c);
    // DamagedDataException is non-sealed: the store's page checks (another package) refine it, as the same kind.
    if (c.isSealed()) for (Class<?> p : c.getPermittedSubclasses()) collect(p, into);
  }

  /** An instance through its public constructor taking a message (or the reasons of a cancel). */
  private static DynamoException instance(Class<?> c) throws Exception {
    if (c == TransactionCanceledException.class) return new TransactionCanceledException(List.of(CancellationReason.NONE));
    try {
      return (DynamoException) c.getConstructor(String.class).newInstance("m");
    } catch (NoSuchMethodException e) {
      return (DynamoException) c.getConstructor(String.class, Map.class).newInstance("m", null);
    }
  }
}
