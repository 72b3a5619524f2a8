/**
 * Helpers that generated code calls. Not for users: anything here may change in any release.
 */
package dev.precast.internal;
