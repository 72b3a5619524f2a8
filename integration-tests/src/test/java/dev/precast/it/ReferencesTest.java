package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.CheckViolationException;
import dev.precast.Database;
import dev.precast.Dialect;
import dev.precast.ForeignKeyViolationException;
import dev.precast.it.entities.Article;
import dev.precast.it.entities.ArticleRepository;
import dev.precast.it.entities.Author;
import dev.precast.it.entities.AuthorRepository;
import dev.precast.it.entities.Department;
import dev.precast.it.entities.DepartmentRepository;
import dev.precast.it.entities.Employee;
import dev.precast.it.entities.EmployeeRepository;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Foreign keys, indexes and checks: declared on entities, created in reference order (a cycle
 * too), enforced by the database and reported as typed errors naming constraint and field.
 */
class ReferencesTest extends DatabaseTest {
  @OnEveryDatabase
  void createAllAndDropAllHandleACycleOfReferencesAndAreIdempotent(TestDatabase database) {
    Database db = fresh(database);
    db.createAll(PrecastSchema.INSTANCE);
    db.dropAll(PrecastSchema.INSTANCE);
    db.dropAll(PrecastSchema.INSTANCE);
    db.createAll(PrecastSchema.INSTANCE);
    assertThat(new EmployeeRepository(db).count()).isZero();
  }

  @OnEveryDatabase
  void missingParentIsAForeignKeyViolationNamingTheField(TestDatabase database) {
    ArticleRepository articles = new ArticleRepository(fresh(database));

    assertThatThrownBy(() -> articles.insert(new Article(42L, null, "Orphan", 0)))
        .isInstanceOfSatisfying(ForeignKeyViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("fk_article_author_id");
          assertThat(e.table()).isEqualTo("article");
          assertThat(e.column()).isEqualTo("author_id");
          assertThat(e.property()).isEqualTo("authorId");
        });
    assertThat(articles.count()).isZero();
  }

  @OnEveryDatabase
  void deletingAReferencedParentIsAForeignKeyViolationOfTheChild(TestDatabase database) {
    Database db = fresh(database);
    DepartmentRepository departments = new DepartmentRepository(db);
    Department sales = departments.insert(new Department("Sales"));
    new EmployeeRepository(db).insert(new Employee("Ada", sales.getId(), null));

    assertThatThrownBy(() -> departments.delete(sales))
        .isInstanceOfSatisfying(ForeignKeyViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("fk_employee_department_id");
          assertThat(e.table()).isEqualTo("employee");
          assertThat(e.column()).isEqualTo("department_id");
          assertThat(e.property()).isEqualTo("departmentId");
        });
    assertThat(departments.existsById(sales.getId())).isTrue();
  }

  @OnEveryDatabase
  void cascadeDeletesChildrenAndSetNullClearsTheReference(TestDatabase database) {
    Database db = fresh(database);
    AuthorRepository authors = new AuthorRepository(db);
    ArticleRepository articles = new ArticleRepository(db);
    Author ada = authors.insert(new Author("Ada"));
    Author bob = authors.insert(new Author("Bob"));
    Article byAda = articles.insert(new Article(ada.id(), bob.id(), "Notes", 1));
    Article byBob = articles.insert(new Article(bob.id(), ada.id(), "Engines", 2));

    authors.delete(ada);

    assertThat(articles.findById(byAda.id())).isEmpty();
    assertThat(articles.findById(byBob.id()).orElseThrow().editorId()).isNull();
    assertThat(articles.findByAuthorId(bob.id())).extracting(Article::title)
        .containsExactly("Engines");
  }

  @OnEveryDatabase
  void referenceFinderListsEveryChildInIdOrder(TestDatabase database) {
    Database db = fresh(database);
    Author ada = new AuthorRepository(db).insert(new Author("Ada"));
    ArticleRepository articles = new ArticleRepository(db);
    articles.insert(new Article(ada.id(), null, "First", 0));
    articles.insert(new Article(ada.id(), null, "Second", 0));

    assertThat(articles.findByAuthorId(ada.id())).extracting(Article::title)
        .containsExactly("First", "Second");
    assertThat(articles.findByEditorId(ada.id())).isEmpty();
  }

  @OnEveryDatabase
  void cycleOfReferencesIsEnforcedBothWays(TestDatabase database) {
    Database db = fresh(database);
    DepartmentRepository departments = new DepartmentRepository(db);
    EmployeeRepository employees = new EmployeeRepository(db);
    Department sales = departments.insert(new Department("Sales"));
    Employee ada = employees.insert(new Employee("Ada", sales.getId(), null));
    employees.insert(new Employee("Bob", sales.getId(), ada.getId()));

    Department managed = departments.findById(sales.getId()).orElseThrow();
    managed.setManagerId(ada.getId());
    departments.update(managed);

    assertThatThrownBy(() -> employees.delete(ada))
        .isInstanceOfSatisfying(ForeignKeyViolationException.class,
            e -> assertThat(e.constraintName())
                .isIn("fk_department_manager_id", "fk_employee_manager_id"));
    Department unknownManager = new Department("Support");
    unknownManager.setManagerId(999L);
    assertThatThrownBy(() -> departments.insert(unknownManager))
        .isInstanceOfSatisfying(ForeignKeyViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("fk_department_manager_id");
          assertThat(e.property()).isEqualTo("managerId");
        });
  }

  @OnEveryDatabase
  void fieldAndTableChecksAreNamedAndMapped(TestDatabase database) {
    Database db = fresh(database);
    Author ada = new AuthorRepository(db).insert(new Author("Ada"));
    ArticleRepository articles = new ArticleRepository(db);

    assertThatThrownBy(() -> articles.insert(new Article(ada.id(), null, "Minus", -1)))
        .isInstanceOfSatisfying(CheckViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("ck_article_likes");
          assertThat(e.column()).isEqualTo("likes");
          assertThat(e.property()).isEqualTo("likes");
        });
    assertThatThrownBy(() -> articles.insert(new Article(ada.id(), null, "Viral", 2_000_000)))
        .isInstanceOfSatisfying(CheckViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("ck_article_1");
          assertThat(e.column()).isNull();
        });
    assertThat(articles.count()).isZero();
  }

  @OnEveryDatabase
  void declaredIndexesExistAndPostgresqlGetsForeignKeyIndexes(TestDatabase database) {
    Database db = fresh(database);
    Set<String> indexes = db.withConnection(connection -> {
      DatabaseMetaData metaData = connection.getMetaData();
      String table = db.dialect() == Dialect.H2 ? "ARTICLE" : "article";
      Set<String> names = new HashSet<>();
      try (ResultSet rows = metaData.getIndexInfo(
          null, connection.getSchema(), table, false, false)) {
        while (rows.next()) {
          String name = rows.getString("INDEX_NAME");
          if (name != null) {
            names.add(name.toLowerCase(Locale.ROOT));
          }
        }
      }
      return names;
    });

    assertThat(indexes).contains("ix_article_title", "ix_article_author_id_title");
    if (db.dialect() == Dialect.POSTGRESQL) {
      assertThat(indexes).contains("ix_article_editor_id")
          .doesNotContain("ix_article_author_id");
    }
  }
}
