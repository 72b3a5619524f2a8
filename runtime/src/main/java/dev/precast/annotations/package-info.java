/**
 * The annotations that declare entities: {@link dev.precast.annotations.Table},
 * {@link dev.precast.annotations.Column}, {@link dev.precast.annotations.Id},
 * {@link dev.precast.annotations.Unique}, {@link dev.precast.annotations.Index},
 * {@link dev.precast.annotations.References}, {@link dev.precast.annotations.Check},
 * {@link dev.precast.annotations.Version} and
 * {@link dev.precast.annotations.Transient}.
 * They are read by the Precast annotation processor at compile time only.
 */
package dev.precast.annotations;
