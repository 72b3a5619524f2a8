package dev.precast.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a field through a {@link dev.precast.TypeConverter}: the column has the converter's
 * database type, the field its Java type. On a field it applies to that field; on a package
 * ({@code package-info.java}) it registers the converter for every field of its Java type in
 * the whole compilation, and for {@code @Query} parameters of that type.
 *
 * <pre>{@code
 * @Convert(MoneyConverter.class) Money price;      // one field
 *
 * @Convert(MoneyConverter.class)                   // package-info.java: every Money field
 * package com.example.shop;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PACKAGE})
@Repeatable(Convert.List.class)
public @interface Convert {
  /** The converter class, with a public no-argument constructor. */
  Class<? extends dev.precast.TypeConverter<?, ?>> value();

  /** Holds repeated {@link Convert} annotations on a package. */
  @Documented
  @Retention(RetentionPolicy.CLASS)
  @Target(ElementType.PACKAGE)
  @interface List {
    /** The repeated annotations. */
    Convert[] value();
  }
}
