package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code Instant}, {@code OffsetDateTime} or {@code LocalDateTime} field that holds
 * the time the row was inserted: the repository sets it on {@code insert} and {@code insertAll}, from the database's clock ({@code Database.Builder.clock}), whatever the field held. Values are cut to microseconds, which both H2 and PostgreSQL store, so the entity
 * returned equals the one read back; an {@code OffsetDateTime} is at UTC, a {@code
 * LocalDateTime} in the clock's zone.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface CreatedAt {}
