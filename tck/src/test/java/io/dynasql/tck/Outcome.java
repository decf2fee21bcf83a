package io.dynasql.tck;

import io.dynasql.engine.error.DynamoException;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;

/**
 * What one side of a differential step produced: a value, or the DynamoDB error code it failed
 * with. Two outcomes agree when both succeeded with equal values or both failed with one code.
 */
record Outcome(Object value, String error, String message) {
  static Outcome of(Supplier<Object> body) {
    try {
      return new Outcome(body.get(), null, null);
    } catch (DynamoException e) {
      return new Outcome(null, e.errorCode(), e.getMessage());
    } catch (AwsServiceException e) {
      // a server that fails without an error code (moto's HTTP 500 on a request it cannot handle) still failed
      String code = e.awsErrorDetails().errorCode();
      return new Outcome(null, code == null ? "HTTP " + e.statusCode() : code, e.awsErrorDetails().errorMessage());
    }
  }

  boolean failed() {
    return error != null;
  }

  @Override
  public String toString() {
    return failed() ? error + ": " + message : String.valueOf(value);
  }
}
