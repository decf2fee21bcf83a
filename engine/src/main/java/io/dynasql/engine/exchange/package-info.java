/**
 * Export and import in DynamoDB's S3 formats, with a directory standing in for the bucket:
 * ExportTableToPointInTime (full and incremental, DynamoDB JSON and Amazon Ion, with AWS's
 * manifests and checksums) and ImportTable into a new table (DynamoDB JSON, Ion, CSV; gzip, zstd
 * or none) through a bulk path that sorts by physical key and appends into LMDB.
 */
package io.dynasql.engine.exchange;
