package io.dynasql.federation.dynamo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynasql.federation.SourceException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

/** The service's error types as SQLStates, the type kept in the message (docs/federation.md, "DynamoDB endpoints"). */
class DynamoErrorsTest {
  private static SourceException service(String type, DynamoErrors.Phase phase) {
    DynamoDbException e = (DynamoDbException) DynamoDbException.builder()
        .awsErrorDetails(AwsErrorDetails.builder().errorCode(type).errorMessage("what the service said").build()).build();
    return DynamoErrors.of(e, "live", "Query on Orders", phase);
  }

  @Test
  void serviceErrorsKeepTheirTypeAndMapToAState() {
    SourceException missing = service("ResourceNotFoundException", DynamoErrors.Phase.QUERY);
    assertEquals("42S02", missing.sqlState());
    assertEquals("Source live, Query on Orders: ResourceNotFoundException: what the service said", missing.getMessage());
    assertEquals("40001", service("ProvisionedThroughputExceededException", DynamoErrors.Phase.QUERY).sqlState());
    assertEquals("40001", service("ThrottlingException", DynamoErrors.Phase.QUERY).sqlState());
    assertEquals("40001", service("RequestLimitExceeded", DynamoErrors.Phase.QUERY).sqlState());
    assertEquals("22023", service("ValidationException", DynamoErrors.Phase.QUERY).sqlState());
    assertEquals("28000", service("UnrecognizedClientException", DynamoErrors.Phase.CONNECT).sqlState());
    assertEquals("HY000", service("InternalServerError", DynamoErrors.Phase.QUERY).sqlState());
  }

  @Test
  void anUnreachableEndpointIs08001WhenDeclaringAndHY000WhenQuerying() {
    SdkClientException down = SdkClientException.create("Unable to execute HTTP request: Connection refused");
    SourceException declaring = DynamoErrors.of(down, "live", "ListTables", DynamoErrors.Phase.CONNECT);
    assertEquals("08001", declaring.sqlState());
    assertTrue(declaring.getMessage().contains("cannot reach the endpoint"), declaring.getMessage());
    assertEquals("HY000", DynamoErrors.of(down, "live", "Scan on Orders", DynamoErrors.Phase.QUERY).sqlState());
  }
}
