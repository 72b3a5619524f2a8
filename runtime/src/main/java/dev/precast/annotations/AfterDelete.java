package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity method the generated code calls after the entity's row was deleted, when there was one. The method takes no parameters, returns
 * {@code void}, is not private or static and throws no checked exception; it is called
 * directly, never by reflection. Several methods of one kind run in declaration order, those
 * of a superclass first.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface AfterDelete {}
