package io.dynasql.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryPolicy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A moto server ({@code moto_server}, Apache 2.0) on 127.0.0.1 and a port the system picks, as a
 * DynamoDB endpoint for the DynamoDB-source tests: a child process per test class, with a client
 * that creates the tables and items the tests then read through {@code CREATE SOURCE ... TYPE
 * DYNAMODB}. A machine without it fails the tests, never skips them (as tck's MotoServer).
 */
final class MotoEndpoint implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("Running on http://127\\.0\\.0\\.1:(\\d+)");
  private static final long START_SECONDS = 60;

  private final Process process;
  private final int port;
  private final DynamoDbClient client;

  MotoEndpoint() {
    Path exe = executable();
    try {
      process = new ProcessBuilder(exe.toString(), "-H", "127.0.0.1", "-p", "0")
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + exe, e);
    }
    port = awaitPort();
    client = DynamoDbClient.builder().endpointOverride(URI.create(url())).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none()))
        .build();
  }

  /** The endpoint's URL, for OPTIONS (endpoint '...'). */
  String url() {
    return "http://127.0.0.1:" + port;
  }

  DynamoDbClient client() {
    return client;
  }

  private static Path executable() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, "moto_server");
      if (Files.isExecutable(p)) return p;
    }
    throw new IllegalStateException("moto_server is not on the PATH: the DynamoDB source tests need it "
        + "(it comes with the Python package moto[server])");
  }

  private int awaitPort() {
    CompletableFuture<Integer> found = new CompletableFuture<>();
    StringBuilder log = new StringBuilder();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) found.complete(Integer.parseInt(m.group(1)));
          else if (!found.isDone()) synchronized (log) { log.append(line).append('\n'); }
        }
      } catch (IOException e) {
        found.completeExceptionally(e);
      }
      found.completeExceptionally(new IllegalStateException("moto_server exited before listening"));
    }, "moto_server log");
    reader.setDaemon(true);
    reader.start();
    try {
      return found.get(START_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      synchronized (log) {
        throw new IllegalStateException("moto_server did not start within " + START_SECONDS + " s; its log:\n" + log, e);
      }
    }
  }

  @Override
  public void close() {
    client.close();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
