/**
 * Micrometer meters for Precast: {@link dev.precast.micrometer.PrecastMetrics}. An optional
 * module ({@code dev.precast:precast-micrometer}); the runtime itself does not depend on
 * Micrometer.
 */
package dev.precast.micrometer;
