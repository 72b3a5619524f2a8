/**
 * The annotations that declare entities: {@link dev.precast.annotations.Table},
 * {@link dev.precast.annotations.Column}, {@link dev.precast.annotations.Id},
 * {@link dev.precast.annotations.Unique} and {@link dev.precast.annotations.Transient}.
 * They are read by the Precast annotation processor at compile time only.
 */
package dev.precast.annotations;
