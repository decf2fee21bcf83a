/** The LMDB engine as the pushdown rules' first backend, through the engine's public request/response API. */
package io.dynasql.pushdown.lmdb;
