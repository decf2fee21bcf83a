package io.dynasql.tck;

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
 * The moto server ({@code moto_server}, open source, Apache 2.0), one child process per test class
 * on 127.0.0.1 and a port the system picks: the open-source reference for DynamoDB semantics.
 * A machine without it fails the test that needs it, never skips it: {@code .ci/run} installs it.
 */
public final class MotoServer implements AutoCloseable {
  /** The line werkzeug prints once the server listens, with the port it was given. */
  private static final Pattern LISTENING = Pattern.compile("Running on http://127\\.0\\.0\\.1:(\\d+)");
  private static final long START_SECONDS = 60;

  private final Process process;
  private final DynamoDbClient client;
  private final String url;

  /** Starts the server and waits until it listens. */
  public MotoServer() {
    Path exe = executable();
    try {
      process = new ProcessBuilder(exe.toString(), "-H", "127.0.0.1", "-p", "0")
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + exe, e);
    }
    url = "http://127.0.0.1:" + awaitPort();
    client = DynamoDbClient.builder()
        .endpointOverride(URI.create(url))
        .region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
        .httpClient(UrlConnectionHttpClient.create())
        // an error is an answer to compare, not something to retry
        .overrideConfiguration(c -> c.retryPolicy(RetryPolicy.none()))
        .build();
  }

  /** A client of the server that does not retry. */
  public DynamoDbClient client() {
    return client;
  }

  /** The server's URL, for a source's {@code endpoint} option. */
  public String url() {
    return url;
  }

  /** {@code moto_server} on the PATH, or an error that says how to get it. */
  static Path executable() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, "moto_server");
      if (Files.isExecutable(p)) return p;
    }
    throw new IllegalStateException("moto_server is not on the PATH: the DynamoDB differential tests need it "
        + "(it comes with the Python package moto[server]; .ci/run tries to install it where it is missing)");
  }

  /** Reads the server's log until it says where it listens; keeps draining it after that. */
  private int awaitPort() {
    CompletableFuture<Integer> port = new CompletableFuture<>();
    StringBuilder log = new StringBuilder();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = in.readLine()) != null; ) {
          Matcher m = LISTENING.matcher(line);
          if (m.find()) port.complete(Integer.parseInt(m.group(1)));
          else if (!port.isDone()) synchronized (log) { log.append(line).append('\n'); }
        }
      } catch (IOException e) {
        port.completeExceptionally(e);
      }
      port.completeExceptionally(new IllegalStateException("moto_server exited before listening"));
    }, "moto_server log");
    reader.setDaemon(true);
    reader.start();
    try {
      return port.get(START_SECONDS, TimeUnit.SECONDS);
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
