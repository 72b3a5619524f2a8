package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An optimistic-lock counter, an {@code int} or {@code long} field. The repository's
 * {@code update} and {@code delete} change the row only if its version is still the entity's,
 * and {@code update} increments it, in one statement; a stale entity gets an {@code
 * OptimisticLockException} and nothing changes.
 *
 * <pre>{@code
 * @Version long version;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Version {}
