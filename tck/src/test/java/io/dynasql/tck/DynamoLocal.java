package io.dynasql.tck;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local, in-process and in-memory: the reference for DynamoDB semantics. One instance per
 * test class; no network port is opened.
 */
final class DynamoLocal implements AutoCloseable {
  private final AmazonDynamoDBLocal local;
  private final DynamoDbClient client;

  DynamoLocal() {
    this.local = DynamoDBEmbedded.create(true);
    this.client = local.dynamoDbClient();
  }

  DynamoDbClient client() {
    return client;
  }

  @Override
  public void close() {
    client.close();
    local.shutdownNow();
  }
}
