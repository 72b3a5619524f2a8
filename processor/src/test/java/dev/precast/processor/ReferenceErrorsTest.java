package dev.precast.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.precast.processor.Compilations.compile;
import static dev.precast.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in references, indexes, checks (5xx) and versions (6xx), each where it is. */
class ReferenceErrorsTest {
  private static final JavaFileObject AUTHOR = source("com.example.Author", """
      package com.example;

      import dev.precast.annotations.*;

      @Table
      public class Author {
        @Id Long id;
      }
      """);

  @Test
  void referenceToAClassWithoutTableIsAnError() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Post {
          @Id Long id;
          @References(String.class) Long authorId;
        }
        """);

    Compilation compilation = compile(post);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-501] @References(String.class) on authorId: String is no"
            + " entity (it has no @Table)")
        .inFile(post).onLineContaining("@References(String.class)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void referenceWhoseTypeDiffersFromTheTargetIdIsAnError() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Post {
          @Id Long id;
          @References(Author.class)
          String authorId;
        }
        """);

    Compilation compilation = compile(AUTHOR, post);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-502] @References(Author.class) on authorId: the field is"
            + " String but Author's @Id id is Long; a reference holds the target's id, so give"
            + " the field type Long")
        .inFile(post).onLineContaining("@References(Author.class)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void primitiveReferenceToABoxedIdIsFine() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Post {
          @Id Long id;
          @References(Author.class) long authorId;
        }
        """);

    assertThat(compile(AUTHOR, post)).succeededWithoutWarnings();
  }

  @Test
  void setNullOnAPrimitiveIsAnError() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Post {
          @Id Long id;
          @References(value = Author.class, onDelete = ReferentialAction.SET_NULL)
          long authorId;
        }
        """);

    Compilation compilation = compile(AUTHOR, post);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-503] onDelete = SET_NULL on authorId cannot set it to"
            + " null: it is a primitive long")
        .inFile(post).onLineContaining("onDelete = ReferentialAction.SET_NULL");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void setNullOnANotNullFieldIsAnError() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Post {
          @Id Long id;
          @References(value = Author.class, onDelete = ReferentialAction.SET_NULL)
          @jakarta.validation.constraints.NotNull
          Long authorId;
        }
        """);

    Compilation compilation = compile(AUTHOR, post);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-503] onDelete = SET_NULL on authorId cannot set it to"
            + " null: it is declared NOT NULL")
        .inFile(post).onLineContaining("onDelete = ReferentialAction.SET_NULL");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void emptyCheckIsAnError() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Post {
          @Id Long id;
          @Check(" ") int likes;
        }
        """);

    Compilation compilation = compile(post);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-504] @Check on likes is empty")
        .inFile(post).onLineContaining("@Check(\" \")");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void indexNamingNoColumnIsAnErrorWithASuggestion() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Index(columns = {"titel"})
        public class Post {
          @Id Long id;
          String title;
        }
        """);

    Compilation compilation = compile(post);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-505] @Index names column \"titel\", which Post does not"
            + " have; columns are: id, title; did you mean \"title\"?")
        .inFile(post).onLineContaining("@Index(columns = {\"titel\"})");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void indexOnTheTypeWithoutColumnsIsAnError() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Index
        public class Post {
          @Id Long id;
        }
        """);

    Compilation compilation = compile(post);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-506] @Index on type Post names no column")
        .inFile(post).onLineContaining("@Index");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void indexWithColumnsOnAFieldIsAnError() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Post {
          @Id Long id;
          @Index(columns = {"title"}) String title;
        }
        """);

    Compilation compilation = compile(post);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-507] @Index on field title covers that field's column")
        .inFile(post).onLineContaining("String title;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoIndexesOfOneNameAreAnError() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Index(columns = {"title"}, name = "ix_post_lookup")
        @Index(columns = {"slug"}, name = "ix_post_lookup")
        public class Post {
          @Id Long id;
          String title;
          String slug;
        }
        """);

    Compilation compilation = compile(post);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-508] index name ix_post_lookup is used twice on Post")
        .inFile(post).onLineContaining("public class Post");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void referencesOutsideAnEntityIsAnError() {
    JavaFileObject draft = source("com.example.Draft", """
        package com.example;

        import dev.precast.annotations.*;

        public class Draft {
          @References(Author.class) Long authorId;
        }
        """);

    Compilation compilation = compile(AUTHOR, draft);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-111] @References on Draft.authorId has no effect")
        .inFile(draft).onLineContaining("Long authorId;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void versionOfAnotherTypeThanIntOrLongIsAnError() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Post {
          @Id Long id;
          @Version Long version;
        }
        """);

    Compilation compilation = compile(post);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-601] @Version version has type Long; an optimistic-lock"
            + " counter is an int or a long")
        .inFile(post).onLineContaining("@Version Long version;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void twoVersionsAreAnError() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Post {
          @Id Long id;
          @Version long version;
          @Version long revision;
        }
        """);

    Compilation compilation = compile(post);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-602] Post has 2 @Version fields (version, revision)")
        .inFile(post).onLineContaining("@Version long revision;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void versionOnTheIdIsAnError() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Post {
          @Id @Version long id;
        }
        """);

    Compilation compilation = compile(post);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-603] @Version id is also the @Id")
        .inFile(post).onLineContaining("@Id @Version long id;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void checkWritingAQuotedColumnUnquotedIsAnError() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Check("month <= 12 AND \\\"order\\\" > 0")
        public class Post {
          @Id Long id;
          int month;
          int order;
        }
        """);

    Compilation compilation = compile(post);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-510] @Check on Post writes column month unquoted, but its"
            + " name is one the quoting rule quotes; write \"month\"")
        .inFile(post).onLineContaining("@Check(");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void referenceToAnEntityWithoutIdIsAnError() {
    JavaFileObject author = source("com.example.Author", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Author {
          Long id;
        }
        """);
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Post {
          @Id Long id;
          @References(Author.class) Long authorId;
        }
        """);

    Compilation compilation = compile(author, post);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-509] @References(Author.class) on authorId: Author has no"
            + " single @Id to reference")
        .inFile(post).onLine(8);
    assertThat(compilation).hadErrorContaining("[PRECAST-107] Author has no @Id")
        .inFile(author).onLine(6);
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void indexOfAnotherTableNamedLikeAForeignKeysIndexIsAnError() {
    JavaFileObject post = source("com.example.Post", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Post {
          @Id Long id;
          @References(Author.class) Long authorId;
        }
        """);
    JavaFileObject tag = source("com.example.Tag", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        public class Tag {
          @Id Long id;
          @Index(name = "ix_post_author_id") int weight;
        }
        """);

    Compilation compilation = compile(AUTHOR, post, tag);

    // On PostgreSQL, whichever of the two CREATE INDEX IF NOT EXISTS runs second is skipped.
    assertThat(compilation)
        .hadErrorContaining("[PRECAST-114] the name ix_post_author_id is generated for both the"
            + " index of foreign key author_id of post and an index of tag, and names must be"
            + " unique in a schema; rename a column or table, or give the @Index its own name")
        .inFile(tag).onLine(8);
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void checkNamingAQuotedColumnThatDoesNotExistIsAnErrorWithASuggestion() {
    JavaFileObject item = source("com.example.Item", """
        package com.example;

        import dev.precast.annotations.*;

        @Table
        @Check("\\"Unit Prise\\" >= 0 AND \\"order\\" > 0")
        public class Item {
          @Id Long id;
          @Column(name = "Unit Price") int unitPrice;
          int order;
          @Check("\\"Weight\\" > 0") int weight;
        }
        """);

    Compilation compilation = compile(item);

    assertThat(compilation)
        .hadErrorContaining("[PRECAST-511] @Check on Item names column \"Unit Prise\" in quotes,"
            + " which Item does not have (a quoted name is a column's exact spelling); columns"
            + " are: id, Unit Price, order, weight; did you mean \"Unit Price\"?")
        .inFile(item).onLine(6);
    assertThat(compilation)
        .hadErrorContaining("[PRECAST-511] @Check on weight names column \"Weight\" in quotes,"
            + " which Item does not have (a quoted name is a column's exact spelling); columns"
            + " are: id, Unit Price, order, weight; did you mean \"weight\"?")
        .inFile(item).onLine(11);
    assertThat(compilation).hadErrorCount(2);
  }
}
