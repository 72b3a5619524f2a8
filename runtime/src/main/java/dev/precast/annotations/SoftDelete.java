package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the field that says a row is deleted: a {@code boolean} (true when deleted) or an
 * {@code Instant}, {@code OffsetDateTime} or {@code LocalDateTime} (the time it was deleted,
 * null while it is not). The repository's deletes then set it instead of deleting the row, and
 * every generated query — finders, counts, derived queries and the query DSL — skips deleted
 * rows unless asked ({@code query().includeDeleted()}). Hand-written {@code @Query} SQL is run
 * as written. A deleted row still holds its unique values.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface SoftDelete {}
