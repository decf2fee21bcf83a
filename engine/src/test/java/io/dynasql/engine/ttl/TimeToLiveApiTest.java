package io.dynasql.engine.ttl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.engine.TtlPolicy;
import io.dynasql.engine.api.CreateTableRequest;
import io.dynasql.engine.api.TimeToLiveDescription;
import io.dynasql.engine.api.TimeToLiveSpecification;
import io.dynasql.engine.api.UpdateTimeToLiveRequest;
import io.dynasql.engine.error.DynamoException;
import io.dynasql.engine.error.ResourceNotFoundException;
import io.dynasql.engine.error.ValidationException;
import io.dynasql.engine.model.AttributeType;
import io.dynasql.engine.model.KeySchema;
import io.dynasql.engine.model.TimeToLiveStatus;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * UpdateTimeToLive and DescribeTimeToLive as documented:
 * https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTimeToLive.html (a
 * successful call returns the TimeToLiveSpecification, a disable's without its attribute as
 * Dynalite's recorded answers show; further calls within the hour are a
 * ValidationException), API_TimeToLiveSpecification.html (AttributeName required, 1-255
 * characters), API_TimeToLiveDescription.html (status and attribute). The refusals' messages
 * begin with DynamoDB's own ("TimeToLive is already enabled", "TimeToLive is already disabled",
 * as Dynalite's tests record them: architect/dynalite test/updateTimeToLive.js), and the attribute
 * changes only through a disable (AWS::DynamoDB::Table TimeToLiveSpecification: "you must first
 * disable TTL and then enable TTL with the new attribute name").
 */
class TimeToLiveApiTest {
  private static final Duration HOUR = Duration.ofHours(1);

  @Test
  void aNewTableHasTtlDisabledWithNoAttribute() {
    try (TtlFixture f = new TtlFixture()) {
      f.db.createTable(CreateTableRequest.of("Things", KeySchema.of("pk", AttributeType.S)));
      assertEquals(new TimeToLiveDescription(TimeToLiveStatus.DISABLED, null), f.db.describeTimeToLive("Things"));
    }
  }

  @Test
  void enablingEchoesTheSpecificationAndDescribesEnabled() {
    try (TtlFixture f = new TtlFixture()) {
      f.db.createTable(CreateTableRequest.of("Things", KeySchema.of("pk", AttributeType.S)));
      TimeToLiveSpecification spec = TimeToLiveSpecification.enabled("expiresAt");
      assertEquals(spec, f.db.updateTimeToLive(UpdateTimeToLiveRequest.of("Things", spec)).timeToLiveSpecification());
      assertEquals(new TimeToLiveDescription(TimeToLiveStatus.ENABLED, "expiresAt"), f.db.describeTimeToLive("Things"));
    }
  }

  @Test
  void enablingTwiceIsRefusedAndChangesNothing() {
    try (TtlFixture f = new TtlFixture()) {
      f.table("Things", "expiresAt");
      f.clock.advance(HOUR);
      refused(f, TimeToLiveSpecification.enabled("expiresAt"), "TimeToLive is already enabled");
      assertEquals(new TimeToLiveDescription(TimeToLiveStatus.ENABLED, "expiresAt"), f.db.describeTimeToLive("Things"));
    }
  }

  @Test
  void changingTheAttributeWhileEnabledIsRefusedUntilDisabled() {
    try (TtlFixture f = new TtlFixture()) {
      f.table("Things", "expiresAt");
      f.clock.advance(HOUR);
      ValidationException e = refused(f, TimeToLiveSpecification.enabled("other"), "TimeToLive is already enabled");
      assertTrue(e.getMessage().contains("disable it before enabling it on other"), e.getMessage());
      assertEquals("expiresAt", f.db.describeTimeToLive("Things").attributeName());

      f.db.updateTimeToLive(UpdateTimeToLiveRequest.of("Things", TimeToLiveSpecification.disabled("expiresAt")));
      f.clock.advance(HOUR);
      f.db.updateTimeToLive(UpdateTimeToLiveRequest.of("Things", TimeToLiveSpecification.enabled("other")));
      assertEquals(new TimeToLiveDescription(TimeToLiveStatus.ENABLED, "other"), f.db.describeTimeToLive("Things"));
    }
  }

  @Test
  void disablingWhenDisabledOrOnAnotherAttributeIsRefused() {
    try (TtlFixture f = new TtlFixture()) {
      f.db.createTable(CreateTableRequest.of("Things", KeySchema.of("pk", AttributeType.S)));
      refused(f, TimeToLiveSpecification.disabled("expiresAt"), "TimeToLive is already disabled");
      f.db.updateTimeToLive(UpdateTimeToLiveRequest.of("Things", TimeToLiveSpecification.enabled("expiresAt")));
      f.clock.advance(HOUR);
      refused(f, TimeToLiveSpecification.disabled("other"), "TimeToLive is enabled on attribute expiresAt, not other");
      assertEquals(TimeToLiveStatus.ENABLED, f.db.describeTimeToLive("Things").timeToLiveStatus());
    }
  }

  @Test
  void aSecondChangeWithinTheHourIsRefused() {
    try (TtlFixture f = new TtlFixture()) {
      f.table("Things", "expiresAt");
      f.clock.advance(HOUR.minusSeconds(1));
      refused(f, TimeToLiveSpecification.disabled("expiresAt"),
          "Time to live has been modified multiple times within a fixed interval");
      assertEquals(TimeToLiveStatus.ENABLED, f.db.describeTimeToLive("Things").timeToLiveStatus());
      f.clock.advance(Duration.ofSeconds(1));
      assertEquals(new TimeToLiveSpecification(null, false), f.db.updateTimeToLive(
          UpdateTimeToLiveRequest.of("Things", TimeToLiveSpecification.disabled("expiresAt"))).timeToLiveSpecification());
      assertEquals(new TimeToLiveDescription(TimeToLiveStatus.DISABLED, null), f.db.describeTimeToLive("Things"));
    }
  }

  @Test
  void missingTablesAndMalformedSpecificationsAreRefused() {
    try (TtlFixture f = new TtlFixture()) {
      DynamoException e = assertThrows(ResourceNotFoundException.class, () -> f.db.updateTimeToLive(
          UpdateTimeToLiveRequest.of("Missing", TimeToLiveSpecification.enabled("expiresAt"))));
      assertTrue(e.getMessage().contains("Missing"), e.getMessage());
      assertThrows(ResourceNotFoundException.class, () -> f.db.describeTimeToLive("Missing"));
      f.table("Things", "expiresAt");
      f.clock.advance(HOUR);
      refused(f, null, "Value null at 'timeToLiveSpecification'");
      refused(f, new TimeToLiveSpecification(null, false), "Value null at 'timeToLiveSpecification.attributeName'");
      refused(f, TimeToLiveSpecification.disabled(""), "Member must have length between 1 and 255");
      refused(f, TimeToLiveSpecification.disabled("a".repeat(256)), "Member must have length between 1 and 255");
      assertEquals(TimeToLiveStatus.ENABLED, f.db.describeTimeToLive("Things").timeToLiveStatus());
    }
  }

  @Test
  void theSettingSurvivesReopening(@TempDir Path dir) {
    try (TtlFixture f = new TtlFixture(dir, TtlPolicy.MANUAL)) {
      f.table("Things", "expiresAt");
      f.reopen();
      assertEquals(new TimeToLiveDescription(TimeToLiveStatus.ENABLED, "expiresAt"), f.db.describeTimeToLive("Things"));
      // the hour since the last change is kept too
      refused(f, TimeToLiveSpecification.disabled("expiresAt"), "modified multiple times");
      f.clock.advance(HOUR);
      f.db.updateTimeToLive(UpdateTimeToLiveRequest.of("Things", TimeToLiveSpecification.disabled("expiresAt")));
      f.reopen();
      assertEquals(new TimeToLiveDescription(TimeToLiveStatus.DISABLED, null), f.db.describeTimeToLive("Things"));
    }
  }

  private static ValidationException refused(TtlFixture f, TimeToLiveSpecification spec, String message) {
    ValidationException e = assertThrows(ValidationException.class,
        () -> f.db.updateTimeToLive(UpdateTimeToLiveRequest.of("Things", spec)));
    assertTrue(e.getMessage().startsWith(message) || e.getMessage().contains(message), e.getMessage());
    return e;
  }
}
