/**
 * Time for every time-based rule of the engine (stream trimming, iterator expiry, and later TTL
 * and point-in-time windows): one injected {@link java.time.Clock}, and a {@link
 * io.dynasql.engine.time.SimulatedClock} that tests advance instead of sleeping.
 */
package io.dynasql.engine.time;
