package io.dynasql.federation.dynamo;

import io.dynasql.federation.SourceException;
import io.dynasql.federation.catalog.SourceOption;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * The checks on the options of a {@code TYPE DYNAMODB} source that need no connection: a region,
 * an http(s) endpoint when one is given, and one way to find credentials at most (a profile, or
 * the two environment variables together); none given means the AWS SDK's default provider chain;
 * a number of scan segments within bounds.
 */
public final class DynamoOptions {
  private DynamoOptions() {}

  /** Throws a 22023 {@link SourceException} naming the first option that is missing or wrong. */
  public static void validate(String name, Map<SourceOption, String> options) {
    if (!options.containsKey(SourceOption.REGION) || options.get(SourceOption.REGION).isBlank()) {
      throw bad("Source " + name + " needs option region (for example 'us-east-1')");
    }
    String endpoint = options.get(SourceOption.ENDPOINT);
    if (endpoint != null) {
      try {
        URI u = new URI(endpoint);
        if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
          throw bad("Option endpoint of source " + name + " is not an http(s) URL with a host: " + endpoint);
        }
      } catch (URISyntaxException e) {
        throw bad("Option endpoint of source " + name + " is not a URL: " + endpoint + " (" + e.getReason() + ")");
      }
    }
    boolean access = options.containsKey(SourceOption.ACCESS_KEY_ENV);
    if (access != options.containsKey(SourceOption.SECRET_KEY_ENV)) {
      throw bad("Source " + name + " gives one of access_key_env and secret_key_env: give both or neither");
    }
    if (access && options.containsKey(SourceOption.PROFILE)) {
      throw bad("Source " + name + " gives both a profile and access_key_env/secret_key_env: give one");
    }
    String segments = options.get(SourceOption.SCAN_SEGMENTS);
    if (segments != null) ScanSegments.parse(name, segments);
  }

  private static SourceException bad(String message) {
    return new SourceException(SourceException.BAD_OPTION, message);
  }
}
