package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Models that work but are slow or fragile (codes 7xx): each is a warning on the field or
 * class at fault, code is generated all the same, and {@code @SuppressWarnings("precast")} (or
 * {@code "all"}) on the field or an enclosing class silences it.
 */
class WarningsTest {
  private static final JavaFileObject AUTHOR = source("com.example.Author", """
      package com.example;

      import dev.precast.annotations.*;

      @Table
      public class Author {
        @Id Long id;
      }
      """);

  @Test
  void referenceFinderWhoseIndexNameIsTakenByAnotherIndexIsAWarning() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Index(name = "ix_post_author_id", columns = "title")
        public class Post {
          @Id Long id;
          @Column(length = 80) String title;
          @References(Author.class) Long authorId;
        }
        """);

    Compilation compilation = compile(AUTHOR, post);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[PRECAST-701] findByAuthorId of PostRepository looks rows up by"
            + " column author_id, which no index covers on PostgreSQL (the index Precast adds"
            + " for its foreign key would be named ix_post_author_id, which the @Index on title"
            + " already is), so every call reads the whole table; give that @Index another"
            + " name, or put @Index on authorId")
        .inFile(post).onLine(10);
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).generatedSourceFile("com.example.PostRepository")
        .contentsAsUtf8String().contains("public List<Post> findByAuthorId(Long authorId)");
  }

  @Test
  void referenceFindersServedByAnIndexHaveNoWarning() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Index(columns = {"editor_id", "title"})
        @Unique(columns = {"reviewer_id", "title"})
        public class Post {
          @Id Long id;
          @Column(length = 80) String title;
          @Index(name = "ix_post_author_id") @References(Author.class) Long authorId;
          @References(Author.class) Long editorId;
          @References(Author.class) Long reviewerId;
          @References(Author.class) Long coAuthorId;
          @Unique @References(Author.class) Long ownerId;
        }
        """);

    assertThat(compile(AUTHOR, post)).succeededWithoutWarnings();
  }

  @Test
  void longTableColumnAndIndexNamesAreWarnings() {
    JavaFileObject entity = source("com.example.Measurement", """
        package com.example;

        import dev.precast.annotations.*;

        @Table(name = "measurements_of_the_northern_hemisphere_weather_stations_by_hour")
        public class Measurement {
          @Id Long id;
          int temperatureInTenthsOfADegreeCelsiusMeasuredTwoMetresAboveTheGround;
          @Index(name = "ix_measurements_by_station_and_by_hour_of_the_day_in_local_times")
          int station;
        }
        """);

    Compilation compilation = compile(entity);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[PRECAST-702] table name"
            + " \"measurements_of_the_northern_hemisphere_weather_stations_by_hour\" is 64 bytes"
            + " long, but PostgreSQL cuts names to 63 bytes, so its catalog and its error"
            + " messages would name it differently from Precast; give the table a shorter"
            + " @Table(name = ...)")
        .inFile(entity).onLine(5);
    assertThat(compilation)
        .hadWarningContaining("[PRECAST-702] column name"
            + " \"temperature_in_tenths_of_a_degree_celsius_measured_two_metres_above_the_ground\""
            + " is 78 bytes long, but PostgreSQL cuts names to 63 bytes")
        .inFile(entity).onLine(8);
    assertThat(compilation)
        .hadWarningContaining("give the column a shorter @Column(name = ...)")
        .inFile(entity).onLine(8);
    assertThat(compilation)
        .hadWarningContaining("[PRECAST-702] index name"
            + " \"ix_measurements_by_station_and_by_hour_of_the_day_in_local_times\" is 64 bytes"
            + " long")
        .inFile(entity).onLine(9);
    assertThat(compilation).hadWarningContaining("give the @Index a shorter name")
        .inFile(entity).onLine(9);
    assertThat(compilation).hadWarningCount(3);
  }

  @Test
  void identifierLengthIsCountedInUtf8Bytes() {
    JavaFileObject entity = source("com.example.Wetter", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Wetter {
          @Id Long id;
          @Column(name = "größte_höhe_über_dem_meeresspiegel_gemessen_in_metern")
          int höhe;
          @Column(name = "groesste_hoehe_ueber_dem_meeresspiegel_gemessen_in_metern_x")
          int plain;
        }
        """);

    Compilation compilation = compile(entity);

    // 53 characters in 57 bytes, and 59 in 59: both within the limit.
    assertThat(compilation).succeededWithoutWarnings();

    JavaFileObject longer = source("com.example.Wetter", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Wetter {
          @Id Long id;
          @Column(name = "größte_höhe_über_dem_meeresspiegel_gemessen_in_metern_über_nn")
          int höhe;
        }
        """);

    Compilation overLimit = compile(longer);

    // 61 characters, within the limit, but 66 bytes.
    assertThat(overLimit)
        .hadWarningContaining("[PRECAST-702] column name"
            + " \"größte_höhe_über_dem_meeresspiegel_gemessen_in_metern_über_nn\" is 66 bytes long")
        .inFile(longer).onLine(8);
    assertThat(overLimit).hadWarningCount(1);
  }

  @Test
  void generatedConstraintNamesAreShortenedSoOnlyTheTableNameWarns() {
    JavaFileObject entity = source("com.example.Reading", """
        package com.example;

        import dev.precast.annotations.*;

        @Table(name = "readings_of_every_weather_station_in_the_northern_hemisphere")
        public class Reading {
          @Id Long id;
          @Index int stationNumberAssignedByTheMeteorologicalOrganisation;
          @Unique @Column(length = 20) String callSignOfTheStationAsBroadcast;
        }
        """);

    Compilation compilation = compile(entity);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void unboundedTextInAUniqueFieldIsAWarning() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          @Unique String email;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[PRECAST-703] String field email has no length, so unique"
            + " constraint uq_user_email indexes unbounded text: PostgreSQL rejects a value"
            + " whose index entry outgrows about 2700 bytes, and H2 indexes it as"
            + " VARCHAR(1000000000); give it a length, e.g. @Column(length = 255)")
        .inFile(user).onLine(8);
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void unboundedTextInACompositeUniqueIsAWarningOnEachFieldWithItsSizeAsTheSuggestion() {
    JavaFileObject enrollment = source("com.example.Enrollment", """
        package com.example;

        import dev.precast.annotations.*;
        import jakarta.validation.constraints.Size;

        @Table
        @Unique(columns = {"course", "student", "year"})
        @Unique(columns = {"student", "year"})
        public class Enrollment {
          @Id Long id;
          @Size(max = 12) String course;
          String student;
          int year;
        }
        """);

    Compilation compilation = compile(enrollment);

    assertThat(compilation)
        .hadWarningContaining("[PRECAST-703] String field course has no length, so unique"
            + " constraint uq_enrollment_course_student_year indexes unbounded text")
        .inFile(enrollment).onLine(11);
    assertThat(compilation).hadWarningContaining("e.g. @Column(length = 12)")
        .inFile(enrollment).onLine(11);
    // Once per field, whatever the number of constraints it is in.
    assertThat(compilation)
        .hadWarningContaining("[PRECAST-703] String field student has no length, so unique"
            + " constraint uq_enrollment_course_student_year indexes unbounded text")
        .inFile(enrollment).onLine(12);
    assertThat(compilation).hadWarningCount(2);
  }

  @Test
  void unboundedTextAsThePrimaryKeyIsAWarning() {
    JavaFileObject country = source("com.example.Country", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public record Country(@Id String code, String name) {}
        """);

    Compilation compilation = compile(country);

    assertThat(compilation)
        .hadWarningContaining("[PRECAST-703] String field code has no length, so the primary"
            + " key pk_country indexes unbounded text")
        .inFile(country).onLine(6);
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void boundedTextAndOtherTypesInUniqueConstraintsHaveNoWarning() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Unique(columns = {"kind", "number", "data"})
        public class User {
          public enum Kind { A, B }

          @Id @Column(length = 36) String id;
          @Unique @Column(length = 255) String email;
          Kind kind;
          long number;
          byte[] data;
          String unboundedButNotUnique;
        }
        """);

    assertThat(compile(user)).succeededWithoutWarnings();
  }

  @Test
  void suppressWarningsPrecastOnTheClassSilencesEveryWarningOfTheEntity() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @SuppressWarnings("precast") // the e-mail addresses come from a directory with a limit
        public class User {
          @Id String login;
          @Unique String email;
          int aFieldWhoseNameIsFarTooLongForPostgresqlToKeepEveryOneOfItsCharacters;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("com.example.UserRepository");
  }

  @Test
  void suppressWarningsPrecastOnAFieldSilencesThatFieldOnly() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          @Id Long id;
          @SuppressWarnings({"unused", "precast"}) @Unique String email;
          @Unique String login;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadWarningContaining("[PRECAST-703] String field login")
        .inFile(user).onLine(9);
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void suppressWarningsOnARecordComponentSilencesIt() {
    JavaFileObject country = source("com.example.Country", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public record Country(@SuppressWarnings("precast") @Id String code, String name) {}
        """);

    assertThat(compile(country)).succeededWithoutWarnings();
  }

  @Test
  void suppressWarningsAllSilencesPrecastAsItDoesJavacsLint() {
    JavaFileObject outer = source("com.example.Model", """
        package com.example;

        import dev.precast.annotations.*;

        @SuppressWarnings("all")
        public class Model {
          @Table
          public static class User {
            @Id Long id;
            @Unique String email;
          }
        }
        """);

    assertThat(compile(outer)).succeededWithoutWarnings();
  }

  @Test
  void otherSuppressedWarningsDoNotSilencePrecast() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @SuppressWarnings({"unchecked", "Precast", "precast:703"})
        public class User {
          @Id Long id;
          @Unique String email;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadWarningContaining("[PRECAST-703]").inFile(user).onLine(9);
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void anEntityWithErrorsReportsItsErrorsOnly() {
    JavaFileObject user = source("com.example.User", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class User {
          Long id;
          @Unique String email;
        }
        """);

    Compilation compilation = compile(user);

    assertThat(compilation).hadErrorContaining("[PRECAST-107]");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void checkUsingANameCloseToAColumnIsAWarningWithASuggestion() {
    JavaFileObject item = source("com.example.Item", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Check("prise >= 0 AND discount < prise")
        public class Item {
          @Id Long id;
          int price;
          int discount;
          @Column(name = "Unit Price") int unitPrice;
          @Check("unit_price > 0") int stock;
        }
        """);

    Compilation compilation = compile(item);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadWarningContaining("[PRECAST-704] @Check on Item uses prise, which is no column of"
            + " Item: did you mean price? If prise is an SQL word, not a column, add"
            + " @SuppressWarnings(\"precast\")")
        .inFile(item).onLine(6);
    assertThat(compilation)
        .hadWarningContaining("[PRECAST-704] @Check on stock uses unit_price, which is no column"
            + " of Item: did you mean \"Unit Price\"?")
        .inFile(item).onLine(12);
    // Once per word and check.
    assertThat(compilation).hadWarningCount(2);
  }

  @Test
  void checkWordsThatAreSqlOrFarFromEveryColumnAreNoWarning() {
    JavaFileObject event = source("com.example.Event", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Check("CASE WHEN ends IS NULL THEN TRUE ELSE ends > starts END")
        @Check("lower(code) = code AND length(code) > 2 -- no lowe, no lengths")
        @Check("CAST(code AS text) <> 'cod' AND code::text <> 'codes' AND held > DATE '2000-01-01'")
        @Check("zone IS DISTINCT FROM 'x' AND coalesce(zone, 'y') <> 'z'")
        public class Event {
          @Id Long id;
          int starts;
          int ends;
          @Column(length = 10) String code;
          java.time.LocalDate held;
          @Column(length = 10) String zone;
          @Column(length = 10) String text;
        }
        """);

    assertThat(compile(event)).succeededWithoutWarnings();
  }

  @Test
  void suppressWarningsSilencesACheckWarning() {
    JavaFileObject item = source("com.example.Item", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Item {
          @Id Long id;
          int rank;
          @SuppressWarnings("precast") // ranks is a function of our extension
          @Check("ranks(rank) > 0 AND ranks > 0") int level;
        }
        """);

    assertThat(compile(item)).succeededWithoutWarnings();
  }
}
