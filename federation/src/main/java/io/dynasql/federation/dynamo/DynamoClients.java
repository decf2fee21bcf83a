package io.dynasql.federation.dynamo;

import io.dynasql.federation.SourceException;
import io.dynasql.federation.catalog.SourceDefinition;
import io.dynasql.federation.catalog.SourceOption;
import java.net.URI;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.ProfileCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Builds the SDK client of a DynamoDB source. Credentials are found where the options point, at
 * connect time, never in the catalog: two environment variables, a named profile of the AWS
 * credentials file, or else the SDK's default provider chain (environment, system properties,
 * profile, container and instance roles). The JDK's HTTP connection carries the calls.
 */
final class DynamoClients {
  private DynamoClients() {}

  static DynamoDbClient open(SourceDefinition d, UnaryOperator<String> environment) {
    AwsCredentialsProvider credentials = credentials(d, environment);
    try {
      credentials.resolveCredentials(); // now, so that missing credentials are named as such, not as an unreachable endpoint
    } catch (SdkException e) {
      throw new SourceException(SourceException.CREDENTIALS, "Source " + d.name() + ": no AWS credentials from "
          + (d.option(SourceOption.PROFILE) != null ? "profile " + d.option(SourceOption.PROFILE) : "the SDK's default provider chain")
          + ": " + e.getMessage(), e);
    }
    var b = DynamoDbClient.builder()
        .region(Region.of(d.option(SourceOption.REGION)))
        .credentialsProvider(credentials)
        .httpClient(UrlConnectionHttpClient.create());
    String endpoint = d.option(SourceOption.ENDPOINT);
    if (endpoint != null) b.endpointOverride(URI.create(endpoint));
    return b.build();
  }

  private static AwsCredentialsProvider credentials(SourceDefinition d, UnaryOperator<String> environment) {
    String accessVar = d.option(SourceOption.ACCESS_KEY_ENV);
    if (accessVar != null) {
      String secretVar = d.option(SourceOption.SECRET_KEY_ENV);
      return StaticCredentialsProvider.create(AwsBasicCredentials.create(variable(d, accessVar, "access_key_env", environment),
          variable(d, secretVar, "secret_key_env", environment)));
    }
    String profile = d.option(SourceOption.PROFILE);
    if (profile != null) return ProfileCredentialsProvider.create(profile);
    return DefaultCredentialsProvider.create();
  }

  private static String variable(SourceDefinition d, String variable, String option, UnaryOperator<String> environment) {
    String value = environment.apply(variable);
    if (value == null || value.isEmpty()) {
      throw new SourceException(SourceException.CREDENTIALS, "Source " + d.name() + ": environment variable " + variable
          + " (its " + option + ") is not set");
    }
    return value;
  }
}
