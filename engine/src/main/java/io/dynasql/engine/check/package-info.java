/**
 * {@code dynasql check} and {@code dynasql salvage}: a database directory read page by page with
 * plain file I/O (never mapped, so a damaged file cannot fault the JVM), every value's checksum
 * verified, indexes compared with their items, and every readable item copied to a new database.
 */
package io.dynasql.engine.check;
