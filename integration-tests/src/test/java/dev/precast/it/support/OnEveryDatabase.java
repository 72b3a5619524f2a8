package dev.precast.it.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs a test once per {@link TestDatabase}, which it receives as its parameter:
 *
 * <pre>{@code
 * @OnEveryDatabase
 * void insertReturnsTheGeneratedId(TestDatabase database) {
 *   Database db = fresh(database);
 * }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(TestDatabase.class)
public @interface OnEveryDatabase {}
