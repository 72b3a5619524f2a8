package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.CheckViolationException;
import dev.precast.Database;
import dev.precast.EntityTable;
import dev.precast.ForeignKeyViolationException;
import dev.precast.IntegrityViolationException;
import dev.precast.UniqueViolationException;
import dev.precast.internal.Jdbc;
import dev.precast.internal.StatementBinder;
import dev.precast.it.entities.Person;
import dev.precast.it.entities.PersonRepository;
import dev.precast.it.entities.Person_;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.HandWrittenTables;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.sql.SQLException;

/**
 * Foreign keys, checks and the limits of a column's type, on hand-written tables (the processor
 * cannot generate those constraints yet): typed exceptions that name the generated constraint,
 * table and column the same way on both databases, and never a value.
 */
class IntegrityErrorTest extends DatabaseTest {
  private static final String SECRET = "ada.secret@example.com";

  private Database open(TestDatabase database) {
    Database db = HandWrittenTables.fresh(fresh(database));
    update(db, HandWrittenTables.AUTHOR,
        "INSERT INTO raw_author (id, email) VALUES (1, 'a@x.org')");
    update(db, HandWrittenTables.POST, "INSERT INTO raw_post VALUES (10, 1, 'First')");
    return db;
  }

  @OnEveryDatabase
  void childReferencingAMissingParentNamesTheForeignKeyAndColumn(TestDatabase database) {
    Database db = open(database);

    assertThatThrownBy(() -> update(db, HandWrittenTables.POST,
        "INSERT INTO raw_post VALUES (11, 987654, 'Orphan')"))
        .isInstanceOfSatisfying(ForeignKeyViolationException.class, e -> {
          assertThat(e).hasMessage("raw_post.author_id violates foreign key: the row it"
              + " references does not exist (constraint fk_raw_post_author_id)");
          assertThat(e.constraintName()).isEqualTo("fk_raw_post_author_id");
          assertThat(e.table()).isEqualTo("raw_post");
          assertThat(e.column()).isEqualTo("author_id");
          assertThat(e.property()).isEqualTo("authorId");
          assertThat(e.getCause()).isInstanceOf(SQLException.class);
        });
    assertThatThrownBy(() -> update(db, HandWrittenTables.POST,
        "UPDATE raw_post SET author_id = 987654 WHERE id = 10"))
        .isInstanceOf(ForeignKeyViolationException.class)
        .hasMessageContaining("the row it references does not exist")
        .hasMessageNotContaining("987654");
  }

  /** The statement is on the parent; the constraint, listed by the parent, is the child's. */
  @OnEveryDatabase
  void deletingAReferencedParentNamesTheChildsForeignKey(TestDatabase database) {
    Database db = open(database);

    assertThatThrownBy(() -> update(db, HandWrittenTables.AUTHOR,
        "DELETE FROM raw_author WHERE id = 1"))
        .isInstanceOfSatisfying(ForeignKeyViolationException.class, e -> {
          assertThat(e).hasMessage("raw_post.author_id violates foreign key: the raw_author row"
              + " is still referenced (constraint fk_raw_post_author_id)");
          assertThat(e.table()).isEqualTo("raw_post");
          assertThat(e.column()).isEqualTo("author_id");
          assertThat(e.property()).isEqualTo("authorId");
        });
    assertThatThrownBy(() -> update(db, HandWrittenTables.AUTHOR,
        "UPDATE raw_author SET id = 2 WHERE id = 1"))
        .isInstanceOf(ForeignKeyViolationException.class)
        .hasMessageContaining("the raw_author row is still referenced");
    assertThat(count(db, "raw_author")).isEqualTo(1);
  }

  @OnEveryDatabase
  void checkViolationNamesTheConstraintAndItsColumn(TestDatabase database) {
    Database db = open(database);

    assertThatThrownBy(() -> update(db, HandWrittenTables.AUTHOR,
        "UPDATE raw_author SET age = -7 WHERE id = 1"))
        .isInstanceOfSatisfying(CheckViolationException.class, e -> {
          assertThat(e)
              .hasMessage("raw_author.age violates a check (constraint ck_raw_author_age)");
          assertThat(e.column()).isEqualTo("age");
          assertThat(e.property()).isEqualTo("age");
        });
    assertThatThrownBy(() -> update(db, HandWrittenTables.POST,
        "INSERT INTO raw_post VALUES (11, 1, '')"))
        .isInstanceOfSatisfying(CheckViolationException.class, e -> {
          assertThat(e).hasMessage("raw_post violates a check (constraint ck_raw_post_1)");
          assertThat(e.column()).isNull();
        });
  }

  @OnEveryDatabase
  void uniqueViolationMessageNamesTheConstraintButNoValue(TestDatabase database) {
    Database db = open(database);
    Jdbc.update(db, HandWrittenTables.AUTHOR, "INSERT INTO raw_author (id, email) VALUES (2, ?)",
        parameters -> parameters.setString(1, SECRET));

    assertThatThrownBy(() -> Jdbc.update(db, HandWrittenTables.AUTHOR,
        "INSERT INTO raw_author (id, email) VALUES (3, ?)",
        parameters -> parameters.setString(1, SECRET)))
        .isInstanceOf(UniqueViolationException.class)
        .hasMessage("duplicate value for raw_author.email (constraint uq_raw_author_email)")
        .cause().hasMessageContaining(SECRET);
  }

  /** H2 names the column of a value too long; PostgreSQL does not, so it stays unknown. */
  @OnEveryDatabase
  void valueTooLongNamesTheTableAndWhereKnownTheColumn(TestDatabase database) {
    Database db = fresh(database);
    Person ada = new PersonRepository(db).insert(new Person("Ada", "ada@example.com"));

    assertThatThrownBy(() -> Jdbc.update(db, Person_.TABLE,
        "UPDATE person SET nickname = ? WHERE id = ?", parameters -> {
          parameters.setString(1, SECRET);
          parameters.setLong(2, ada.getId());
        }))
        .isExactlyInstanceOf(IntegrityViolationException.class)
        .hasMessageNotContaining(SECRET)
        .satisfies(e -> {
          IntegrityViolationException integrity = (IntegrityViolationException) e;
          assertThat(integrity.table()).isEqualTo("person");
          assertThat(integrity.constraintName()).isNull();
          if (database == TestDatabase.H2) {
            assertThat(e).hasMessage("value too long for person.nickname");
            assertThat(integrity.column()).isEqualTo("nickname");
            assertThat(integrity.property()).isEqualTo("nickname");
          } else {
            assertThat(e).hasMessage("value too long for a column of person");
            assertThat(integrity.column()).isNull();
          }
          assertThat(e.getCause()).isInstanceOf(SQLException.class);
        });
  }

  @OnEveryDatabase
  void valueTooLongForAQuotedColumn(TestDatabase database) {
    Database db = open(database);

    assertThatThrownBy(() -> update(db, HandWrittenTables.AUTHOR,
        "UPDATE raw_author SET \"Pen Name\" = 'Currer Bell' WHERE id = 1"))
        .isExactlyInstanceOf(IntegrityViolationException.class)
        .satisfies(e -> assertThat(((IntegrityViolationException) e).column())
            .isEqualTo(database == TestDatabase.H2 ? "Pen Name" : null));
  }

  @OnEveryDatabase
  void numericValueOutOfRangeNamesTheTableAndWhereKnownTheColumn(TestDatabase database) {
    Database db = fresh(database);
    Person ada = new PersonRepository(db).insert(new Person("Ada", "ada@example.com"));

    assertThatThrownBy(() -> Jdbc.update(db, Person_.TABLE,
        "UPDATE person SET age = ? WHERE id = ?", parameters -> {
          parameters.setLong(1, 98_765_432_109L);
          parameters.setLong(2, ada.getId());
        }))
        .isExactlyInstanceOf(IntegrityViolationException.class)
        .hasMessageStartingWith("numeric value out of range for ")
        .hasMessageNotContaining("98765432109")
        .satisfies(e -> {
          IntegrityViolationException integrity = (IntegrityViolationException) e;
          assertThat(integrity.table()).isEqualTo("person");
          assertThat(integrity.column()).isEqualTo(database == TestDatabase.H2 ? "age" : null);
        });
  }

  private static void update(Database db, EntityTable<?> table, String sql) {
    Jdbc.update(db, table, sql, StatementBinder.NONE);
  }

  private static long count(Database db, String table) {
    return db.withConnection(connection -> {
      try (var statement = connection.createStatement();
          var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }
}
