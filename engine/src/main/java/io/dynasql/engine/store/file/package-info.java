/**
 * LMDB's data file read with plain file I/O, never mapped: the checks before LMDB opens a file
 * (a damaged file must be refused before native code can fault on it), and the page walks of
 * {@code dynasql check} and {@code dynasql salvage}.
 */
package io.dynasql.engine.store.file;
