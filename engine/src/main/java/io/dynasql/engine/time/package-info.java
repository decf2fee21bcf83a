/**
 * Time for every time-based rule of the engine (stream trimming, iterator expiry, TTL expiry and
 * the sweeper's schedule, point-in-time recovery windows and backup expiry): one injected {@link java.time.Clock},
 * and a {@link io.dynasql.engine.time.SimulatedClock} that tests advance instead of sleeping.
 */
package io.dynasql.engine.time;
