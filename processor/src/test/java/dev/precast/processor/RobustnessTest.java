package dev.precast.processor;

import static dev.precast.processor.Compilations.describe;
import static dev.precast.processor.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor never crashes on odd input: each of these odd-but-plausible models compiles
 * either cleanly or with errors that are Precast's own ({@code [PRECAST-...]}, never the
 * internal error 901) or javac's, and code Precast generates always compiles.
 */
class RobustnessTest {

  static Stream<Named<List<JavaFileObject>>> models() {
    return Stream.of(
        model("empty class with only @Table",
            source("com.example.Empty", """
                package com.example;
                @dev.precast.annotations.Table
                public class Empty {}
                """)),
        model("@Table on an enum",
            source("com.example.Color", """
                package com.example;
                @dev.precast.annotations.Table
                public enum Color { RED, GREEN; @dev.precast.annotations.Id Long id; }
                """)),
        model("@Table on an annotation type",
            source("com.example.Marker", """
                package com.example;
                @dev.precast.annotations.Table
                public @interface Marker {}
                """)),
        model("generic class",
            source("com.example.Box", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Box<T> { @Id Long id; T content; String label; }
                """)),
        model("field of a missing class",
            source("com.example.User", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class User { @Id Long id; Missing thing; }
                """)),
        model("list of a missing class",
            source("com.example.User", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class User { @Id Long id; java.util.List<Missing> things; }
                """)),
        model("valid entity next to one with a missing field type",
            source("com.example.Good", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Good { @Id Long id; String name; }
                """),
            source("com.example.Bad", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Bad { @Id MissingId id; }
                """)),
        model("annotation values that do not compile",
            source("com.example.User", """
                package com.example;
                import dev.precast.annotations.*;
                import jakarta.validation.constraints.*;
                @Table(name = Names.MISSING)
                @Unique(columns = {MISSING_COLUMN})
                public class User {
                  @Id Long id;
                  @Column(length = UNKNOWN, name = 42) String name;
                  @Size(max = Limits.MAX) @Pattern(regexp = REGEX) String code;
                }
                """)),
        model("missing superclass",
            source("com.example.User", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class User extends Missing { @Id Long id; String name; }
                """)),
        model("missing annotation next to @Table",
            source("com.example.User", """
                package com.example;
                import dev.precast.annotations.*;
                @Table @Missing
                public class User { @Id @AlsoMissing Long id; String name; }
                """)),
        model("nested entity",
            source("com.example.Outer", """
                package com.example;
                import dev.precast.annotations.*;
                public class Outer {
                  @Table public static class Inner { @Id Long id; String name; }
                }
                """)),
        model("entity nested in an entity",
            source("com.example.Invoice", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Invoice {
                  @Id Long id;
                  String number;
                  @Table public static class Line { @Id Long id; Long invoiceId; int amount; }
                }
                """)),
        model("nested entities of one simple name in two classes",
            source("com.example.Shop", """
                package com.example;
                import dev.precast.annotations.*;
                public class Shop { @Table(name = "shop_item") public static class Item { @Id Long id; } }
                """),
            source("com.example.Warehouse", """
                package com.example;
                import dev.precast.annotations.*;
                public class Warehouse { @Table(name = "stock_item") public static class Item { @Id Long id; } }
                """)),
        model("entity nested in an interface",
            source("com.example.Model", """
                package com.example;
                import dev.precast.annotations.*;
                public interface Model { @Table class Tag { @Id Long id; String label; } }
                """)),
        model("reserved words: entity Order, fields group, user, select",
            source("com.example.Order", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Order {
                  @Id Long id;
                  @Unique String group;
                  String user;
                  @Column(name = "select") int select;
                  String from;
                }
                """)),
        model("default-package entity",
            source("Note", """
                import dev.precast.annotations.*;
                @Table
                public class Note { @Id Long id; @Unique String title; }
                """)),
        model("default-package entity next to a packaged one",
            source("Note", """
                import dev.precast.annotations.*;
                @Table
                public class Note { @Id Long id; String title; }
                """),
            source("com.example.Tag", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Tag { @Id Long id; String label; }
                """)),
        model("entities in unrelated packages",
            source("org.alpha.Thing", """
                package org.alpha;
                import dev.precast.annotations.*;
                @Table
                public class Thing { @Id Long id; }
                """),
            source("net.beta.Other", """
                package net.beta;
                import dev.precast.annotations.*;
                @Table
                public class Other { @Id Long id; }
                """)),
        model("two entities of one simple name in two packages",
            source("com.example.a.User", """
                package com.example.a;
                import dev.precast.annotations.*;
                @Table(name = "a_user")
                public class User { @Id Long id; }
                """),
            source("com.example.b.User", """
                package com.example.b;
                import dev.precast.annotations.*;
                @Table(name = "b_user")
                public class User { @Id Long id; }
                """)),
        model("record with every supported type",
            source("com.example.Sample", """
                package com.example;
                import dev.precast.annotations.*;
                import java.math.BigDecimal;
                import java.time.*;
                import java.util.UUID;
                @Table
                public record Sample(
                    @Id UUID id, String text, boolean flag, Boolean boxedFlag, int count,
                    Integer boxedCount, long big, Long boxedBig, short small, Short boxedSmall,
                    double real, Double boxedReal, float single, Float boxedSingle,
                    BigDecimal amount, byte[] data, UUID ref, LocalDate day, LocalTime time,
                    LocalDateTime stamp, Instant instant, OffsetDateTime offset, Kind kind) {
                  public enum Kind { A, B }
                }
                """)),
        model("record with a compact constructor and helpers",
            source("com.example.Point", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public record Point(@Id Long id, int x, int y) {
                  public static final Point ORIGIN = new Point(null, 0, 0);
                  public Point { if (x < -1000) throw new IllegalArgumentException(); }
                  public Point(int x, int y) { this(null, x, y); }
                  public double length() { return Math.sqrt(x * x + y * y); }
                }
                """)),
        model("record with varargs component",
            source("com.example.Bag", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public record Bag(@Id Long id, String... items) {}
                """)),
        model("entity with only an id",
            source("com.example.Counter", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Counter { @Id Long id; }
                """)),
        model("record with only a String id",
            source("com.example.Code", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public record Code(@Id String value) {}
                """)),
        model("field named table",
            source("com.example.Booking", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Booking { @Id Long id; int table; String guest; }
                """)),
        model("field of a private nested enum",
            source("com.example.Ticket", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Ticket {
                  private enum State { OPEN, CLOSED }
                  @Id Long id;
                  State state;
                }
                """)),
        model("field of an enum from another file",
            source("com.example.Status", """
                package com.example;
                public enum Status { ACTIVE, BLOCKED }
                """),
            source("com.example.Account", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Account { @Id Long id; @Column(length = 16) Status status; }
                """)),
        model("fields of types with no column",
            source("com.example.Odd", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Odd {
                  @Id Long id;
                  Object anything; String[] names; char initial; byte tiny; Character letter;
                  java.util.Date legacy; java.util.Optional<String> maybe; Runnable task;
                  java.util.Map<String, Integer> counts; int[] numbers;
                }
                """)),
        model("entity named List",
            source("com.example.List", """
                package com.example;
                import dev.precast.annotations.*;
                @Table(name = "lists")
                public class List { @Id Long id; @Unique String title; }
                """)),
        model("entity named Optional",
            source("com.example.Optional", """
                package com.example;
                import dev.precast.annotations.*;
                @Table(name = "optionals")
                public class Optional { @Id Long id; @Unique String title; }
                """)),
        model("entity named Violation",
            source("com.example.Violation", """
                package com.example;
                import dev.precast.annotations.*;
                import jakarta.validation.constraints.NotBlank;
                @Table
                public class Violation { @Id Long id; @NotBlank String rule; }
                """)),
        // Found by RobustnessFuzzTest: PrecastSchema's @Override meant this entity.
        model("entity named like a java.lang annotation that generated code uses",
            source("com.example.Override", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Override { @Id Long id; String reason; }
                """)),
        model("entity named Database",
            source("com.example.Database", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Database { @Id Long id; String url; }
                """)),
        model("entity named Rows, with nullable primitives read through Rows",
            source("com.example.Rows", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Rows { @Id Long id; Integer count; java.time.LocalDate day; }
                """)),
        model("entity named Tx, beside the transaction lambdas of upserts",
            source("com.example.Tx", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Tx { @Id Long id; @Unique String ref; }
                """)),
        model("entity named Objects with a UUID id",
            source("com.example.Objects", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public record Objects(@Id java.util.UUID id, String name) {}
                """)),
        model("fields named like generated locals",
            source("com.example.Event", """
                package com.example;
                import dev.precast.annotations.*;
                import jakarta.validation.constraints.*;
                @Table
                public class Event {
                  @Id Long id;
                  @NotBlank String row; @NotBlank String entity; @NotBlank String parameters;
                  @NotBlank String violations; @NotBlank String event; @NotNull Long keys;
                  @NotBlank String db; @NotBlank String stored; @NotBlank String valid;
                }
                """)),
        model("unique fields named like generated names",
            source("com.example.Device", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Device {
                  @Id Long id;
                  @Unique String db; @Unique String parameters; @Unique String all; @Unique String one;
                }
                """)),
        model("entities named like generated parameters",
            source("com.example.Db", """
                package com.example;
                import dev.precast.annotations.*;
                import jakarta.validation.constraints.NotBlank;
                @Table
                public class Db { @Id Long id; @NotBlank String name; }
                """),
            source("com.example.Parameters", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Parameters { @Id String id; @Unique String name; }
                """),
            source("com.example.Violations", """
                package com.example;
                import dev.precast.annotations.*;
                import jakarta.validation.constraints.NotBlank;
                @Table
                public class Violations { @Id Long id; @NotBlank String rule; }
                """),
            source("com.example.Stored", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Stored { @Id java.util.UUID id; String name; }
                """),
            source("com.example.Valid", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Valid { @Id Long id; String name; }
                """),
            source("com.example.Row", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public record Row(@Id Long id, String name) {}
                """)),
        model("blank and odd table names",
            source("com.example.Blank", """
                package com.example;
                import dev.precast.annotations.*;
                @Table(name = " ")
                public class Blank { @Id Long id; @Column(name = "a\\"b") String quoted; }
                """)),
        model("mixed-case and spaced names",
            source("com.example.Fancy", """
                package com.example;
                import dev.precast.annotations.*;
                @Table(name = "Fancy Things")
                @Unique(columns = {"Display Name", "kind"})
                public class Fancy {
                  @Id Long id;
                  @Column(name = "Display Name") String displayName;
                  String kind;
                }
                """)),
        model("very long names",
            source("com.example.VeryLong", """
                package com.example;
                import dev.precast.annotations.*;
                @Table(name = "a_table_name_that_is_long_enough_to_push_constraint_names_past_the_limit")
                public class VeryLong {
                  @Id Long id;
                  @Unique String aFieldWhoseNameIsAlsoQuiteLongSoThatTheUniqueNameOverflows;
                }
                """)),
        model("non-ASCII names",
            source("com.example.Maß", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Maß { @Id Long id; @Unique String größe; double höhe; }
                """)),
        model("inherited getters and setters",
            source("com.example.Base", """
                package com.example;
                public abstract class Base {
                  protected String name;
                  public String getName() { return name; }
                  public void setName(String name) { this.name = name; }
                }
                """),
            source("com.example.Person", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Person extends Base {
                  @Id private Long id;
                  public Long getId() { return id; }
                  public void setId(Long id) { this.id = id; }
                }
                """)),
        model("entity extending an entity",
            source("com.example.Animal", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Animal { @Id Long id; String name; }
                """),
            source("com.example.Dog", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Dog extends Animal { boolean goodBoy; }
                """)),
        model("immutable class with final fields",
            source("com.example.Money", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public final class Money {
                  @Id public final Long id;
                  public final long cents;
                  public Money(Long id, long cents) { this.id = id; this.cents = cents; }
                }
                """)),
        model("static and transient fields",
            source("com.example.Config", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Config {
                  static final long serialVersionUID = 1L;
                  static int instances;
                  transient Object cache;
                  @Id Long id;
                  String key;
                }
                """)),
        model("@Id on a boolean",
            source("com.example.Flag", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public class Flag { @Id boolean id; }
                """)),
        model("primitive ids",
            source("com.example.Small", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                public record Small(@Id int id, String name) {}
                """)),
        model("repeated type-level uniques",
            source("com.example.PostTag", """
                package com.example;
                import dev.precast.annotations.*;
                @Table
                @Unique(columns = {"post_id", "tag_id"})
                @Unique(columns = {"tag_id", "position"})
                public class PostTag { @Id Long id; long postId; long tagId; int position; }
                """)),
        model("mapping annotations on a plain record and a plain class",
            source("com.example.Plain", """
                package com.example;
                import dev.precast.annotations.*;
                @Unique(columns = "x") @Unique(columns = "y")
                public record Plain(@Id Long id, @Column(name = "x") int x, @Unique int y) {}
                """)),
        model("deprecated entity and field",
            source("com.example.Legacy", """
                package com.example;
                import dev.precast.annotations.*;
                @Deprecated
                @Table
                public class Legacy { @Id Long id; @Deprecated String oldName; }
                """)),
        model("annotation processing sees a local class",
            source("com.example.Holder", """
                package com.example;
                import dev.precast.annotations.*;
                public class Holder {
                  void method() {
                    @Table class Local { @Id Long id; }
                  }
                }
                """)),
        model("constraint annotations everywhere",
            source("com.example.Form", """
                package com.example;
                import dev.precast.annotations.*;
                import jakarta.validation.constraints.*;
                @Table
                public class Form {
                  @Id Long id;
                  @NotNull @NotEmpty @Size(min = 1, max = 10) @Pattern(regexp = "[a-z]+") String code;
                  @Pattern(regexp = "a") @Pattern(regexp = "b") String twice;
                  @Min(1) @Max(9) int digit;
                  @Min(0) java.math.BigDecimal price;
                  @Size(max = 4) byte[] blob;
                  @Email @Column(length = 100) String mail;
                  @NotNull Status status;
                  enum Status { ON, OFF }
                  @NotBlank String getCode() { return code; }
                }
                """)),
        model("extreme bounds, digits and enums",
            source("com.example.Extremes", """
                package com.example;
                import dev.precast.annotations.*;
                import jakarta.validation.constraints.*;
                @Table
                public class Extremes {
                  @Id Long id;
                  @DecimalMax("1e5000") @DecimalMin("-1e-5000") int huge;
                  @DecimalMax("1e400") @DecimalMin("-1e400") float beyondDouble;
                  @Max(Long.MAX_VALUE) @Min(Long.MIN_VALUE) double longs;
                  @Max(Long.MAX_VALUE) @Min(Long.MIN_VALUE) short shorts;
                  @Digits(integer = Integer.MAX_VALUE, fraction = Integer.MAX_VALUE) String text;
                  @DecimalMin(value = "0.1", inclusive = false) @DecimalMax("0.1000000000000000001") double tight;
                  Nothing nothing;
                  Odd odd;
                  enum Nothing {}
                  enum Odd { Größe, $dollar, _under }
                }
                """)),
        model("every newer constraint on a wrong type or with a bad value",
            source("com.example.Wrong", """
                package com.example;
                import dev.precast.annotations.*;
                import jakarta.validation.constraints.*;
                @Table
                public class Wrong {
                  @Id Long id;
                  @DecimalMin("") @DecimalMax("1e-2147483649") java.math.BigDecimal empty;
                  @Positive @PositiveOrZero @Negative @NegativeOrZero @DecimalMin("1") String text;
                  @Digits(integer = -1, fraction = -1) boolean flag;
                  @Past @PastOrPresent @Future @FutureOrPresent byte[] bytes;
                  @AssertTrue @AssertFalse java.util.UUID uuid;
                  @Null @Positive Missing missing;
                  @Positive @Negative int contradiction;
                }
                """)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void processorNeverCrashes(List<JavaFileObject> sources) {
    Compilation compilation;
    try {
      compilation = Compilations.compile(sources.toArray(JavaFileObject[]::new));
    } catch (RuntimeException | Error e) {
      throw new AssertionError("the processor threw", e);
    }
    Set<String> inputs =
        sources.stream().map(JavaFileObject::toUri).map(Object::toString).collect(Collectors.toSet());
    String all = describe(compilation);
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(Locale.ROOT);
      assertThat(message).as(all).doesNotContain("threw an uncaught exception")
          .doesNotContain("[PRECAST-901]");
      if ("compiler.err.proc.messager".equals(error.getCode())) {
        assertThat(message).as(all).startsWith("[PRECAST-");
      }
      if (error.getSource() != null && !inputs.contains(error.getSource().toUri().toString())) {
        fail("generated code does not compile:\n" + all);
      }
    }
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      if (warning.getSource() != null
          && !inputs.contains(warning.getSource().toUri().toString())) {
        fail("generated code has warnings:\n" + all);
      }
    }
  }

  private static Named<List<JavaFileObject>> model(String name, JavaFileObject... sources) {
    return Named.of(name, List.of(sources));
  }
}
