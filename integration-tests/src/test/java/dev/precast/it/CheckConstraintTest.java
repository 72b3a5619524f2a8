package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.CheckViolationException;
import dev.precast.Database;
import dev.precast.ValidationException;
import dev.precast.Violation;
import dev.precast.internal.Jdbc;
import dev.precast.internal.StatementBinder;
import dev.precast.it.entities.Color;
import dev.precast.it.entities.Product;
import dev.precast.it.entities.ProductRepository;
import dev.precast.it.entities.ProductValidator;
import dev.precast.it.entities.Product_;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Validation rules the database can hold are CHECK constraints too, {@code ck_<table>_<column>}:
 * SQL that bypasses the validator (here plain JDBC) is rejected by the database, and the
 * validator rejects the same value first. What the validator accepts, the database accepts.
 */
class CheckConstraintTest extends DatabaseTest {
  /** The NOT NULL columns of a valid row, as SQL literals; each case overrides one column. */
  private static final Map<String, String> VALID_ROW = Map.of(
      "age", "30", "stock", "0", "banned", "FALSE", "title", "'Lamp'", "code", "'L1'");

  /**
   * One broken rule: the column and the SQL literal that breaks it, and the same value set on
   * the entity with the validator's message for it.
   */
  private record Case(String column, String literal, Consumer<Product> breaking,
      String property, String message) {}

  private static final List<Case> NUMERIC_BOUNDS = List.of(
      new Case("age", "151", p -> p.age = 151, "age", "must be less than or equal to 150"),
      new Case("age", "-1", p -> p.age = -1, "age", "must be greater than or equal to 0"),
      new Case("quantity", "0", p -> p.quantity = 0, "quantity", "must be greater than 0"),
      new Case("stock", "-1", p -> p.stock = -1, "stock", "must be greater than or equal to 0"),
      new Case("delta", "0", p -> p.delta = 0, "delta", "must be less than 0"),
      new Case("debt", "0.01", p -> p.debt = new BigDecimal("0.01"), "debt",
          "must be less than or equal to 0"),
      new Case("price", "0.5", p -> p.price = new BigDecimal("0.5"), "price",
          "must be greater than 0.5"),
      new Case("price", "99.51", p -> p.price = new BigDecimal("99.51"), "price",
          "must be less than or equal to 99.5"));

  private static final List<Case> OTHER_RULES = List.of(
      new Case("measure", "CAST(0.1 AS REAL)", p -> p.measure = 0.1f, "measure",
          "must be less than or equal to 0.1"),
      new Case("ratio", "-1.6", p -> p.ratio = -1.6, "ratio",
          "must be greater than or equal to -1.5"),
      new Case("title", "'   '", p -> p.title = "   ", "title", "must not be blank"),
      new Case("title", "''", p -> p.title = "", "title", "must not be blank"),
      new Case("code", "''", p -> p.code = "", "code", "must not be empty"),
      new Case("word", "'ab'", p -> p.word = "ab", "word", "size must be between 3 and 20"),
      new Case("word", "'" + "w".repeat(21) + "'", p -> p.word = "w".repeat(21), "word",
          "size must be between 3 and 20"),
      new Case("accepted", "FALSE", p -> p.accepted = false, "accepted", "must be true"),
      new Case("banned", "TRUE", p -> p.banned = true, "banned", "must be false"));

  @OnEveryDatabase
  void aValidRowPassesEveryCheck(TestDatabase database) {
    Database db = fresh(database);
    Product full = Product.valid();
    full.quantity = 1;
    full.delta = -1;
    full.debt = BigDecimal.ZERO;
    full.price = new BigDecimal("99.50");
    full.measure = 0.099999994f;
    full.ratio = -1.5;
    full.word = "abc";
    full.accepted = true;
    full.color = Color.GREEN;

    ProductRepository products = new ProductRepository(db);
    products.insert(full);
    insertRaw(db, Map.of());

    assertThat(products.count()).isEqualTo(2);
  }

  @OnEveryDatabase
  void numericBoundsAreChecksThatRejectRawSql(TestDatabase database) {
    assertEachCaseIsRejectedByTheDatabaseAndTheValidator(fresh(database), NUMERIC_BOUNDS);
  }

  @OnEveryDatabase
  void textFloatingPointAndBooleanRulesAreChecksThatRejectRawSql(TestDatabase database) {
    assertEachCaseIsRejectedByTheDatabaseAndTheValidator(fresh(database), OTHER_RULES);
  }

  @OnEveryDatabase
  void enumColumnRejectsANameThatIsNoConstant(TestDatabase database) {
    Database db = fresh(database);

    assertThatThrownBy(() -> insertRaw(db, Map.of("color", "'PURPLE'")))
        .isInstanceOfSatisfying(CheckViolationException.class,
            e -> assertThat(e.constraintName()).isEqualTo("ck_product_color"));
    insertRaw(db, Map.of("color", "'BLUE'"));
    assertThat(new ProductRepository(db).findAll()).extracting(p -> p.color)
        .containsExactly(Color.BLUE);
  }

  /**
   * Statements that know their table (here run as generated code runs them) map the check
   * back to its column and field.
   */
  @OnEveryDatabase
  void checkViolationOfAKnownTableNamesTheColumnAndTheField(TestDatabase database) {
    Database db = fresh(database);

    assertThatThrownBy(() -> Jdbc.update(db, Product_.TABLE, insertSql(Map.of("quantity", "0")),
        StatementBinder.NONE))
        .isInstanceOfSatisfying(CheckViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("ck_product_quantity");
          assertThat(e.table()).isEqualTo("product");
          assertThat(e.column()).isEqualTo("quantity");
          assertThat(e.property()).isEqualTo("quantity");
          assertThat(e.getMessage()).contains("product.quantity").contains("ck_product_quantity");
          assertThat(e.getCause()).isInstanceOf(SQLException.class);
        });
  }

  /** What the validator lets through, the database stores: its rules are never stricter. */
  @OnEveryDatabase
  void everyValueTheValidatorAcceptsIsStored(TestDatabase database) {
    ProductRepository products = new ProductRepository(fresh(database));
    List<Consumer<Product>> edges = List.of(
        p -> p.word = "\uD83D\uDE00a",   // three UTF-16 units, two code points
        p -> p.word = "\uD83D\uDE00".repeat(10),
        p -> p.word = "ééé",
        p -> p.title = "\u00A0x",
        p -> p.price = new BigDecimal("0.51"),
        p -> p.measure = -0.0f,
        p -> p.measure = Float.NEGATIVE_INFINITY,
        p -> p.ratio = Double.POSITIVE_INFINITY,
        p -> p.debt = new BigDecimal("-0.00"),
        p -> p.age = 150);

    for (Consumer<Product> edge : edges) {
      Product product = Product.valid();
      edge.accept(product);
      assertThat(new ProductValidator().validate(product)).isEmpty();
      products.insert(product);
    }
    assertThat(products.count()).isEqualTo(edges.size());
  }

  /**
   * Where SQL cannot say exactly what the validator checks, the check is weaker, never
   * stricter: TRIM removes spaces only, so a tab passes the database but not the validator.
   */
  @OnEveryDatabase
  void notBlankCheckRejectsSpacesAndLeavesOtherWhiteSpaceToTheValidator(TestDatabase database) {
    Database db = fresh(database);
    Product tab = Product.valid();
    tab.title = "\t";

    assertThat(new ProductValidator().validate(tab))
        .containsExactly(new Violation("title", "must not be blank"));
    db.withConnection(connection -> {
      try (var statement = connection.prepareStatement(
          "INSERT INTO product (age, stock, banned, title, code) VALUES (30, 0, FALSE, ?, 'L1')")) {
        statement.setString(1, "\t");
        return statement.executeUpdate();
      }
    });
    assertThat(new ProductRepository(db).count()).isEqualTo(1);
  }

  /** {@code @Past}, {@code @Email} and {@code @Digits} have no SQL: the validator holds them. */
  @OnEveryDatabase
  void rulesWithoutSqlAreTheValidatorsAlone(TestDatabase database) {
    Database db = fresh(database);
    insertRaw(db, Map.of("released", "DATE '2999-01-01'", "contact", "'not an address'",
        "zip", "'123456'"));
    Product product = Product.valid();
    product.released = LocalDate.of(2999, 1, 1);
    product.contact = "not an address";
    product.zip = "123456";

    assertThat(new ProductRepository(db).count()).isEqualTo(1);
    assertThatThrownBy(() -> new ProductRepository(db).insert(product))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .containsExactly(
                new Violation("released", "must be a past date"),
                new Violation("contact", "must be a well-formed email address"),
                new Violation("zip",
                    "numeric value out of bounds (<5 digits>.<0 digits> expected)")));
  }

  private static void assertEachCaseIsRejectedByTheDatabaseAndTheValidator(
      Database db, List<Case> cases) {
    ProductRepository products = new ProductRepository(db);
    for (Case c : cases) {
      assertThatThrownBy(() -> insertRaw(db, Map.of(c.column(), c.literal())))
          .as("%s = %s", c.column(), c.literal())
          .isInstanceOfSatisfying(CheckViolationException.class,
              e -> assertThat(e.constraintName()).isEqualTo("ck_product_" + c.column()));

      Product product = Product.valid();
      c.breaking().accept(product);
      assertThatThrownBy(() -> products.insert(product))
          .as("%s = %s", c.column(), c.literal())
          .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
              .containsExactly(new Violation(c.property(), c.message())));
    }
    assertThat(products.count()).isZero();
  }

  /** Inserts a valid row, some of whose columns are {@code overrides}, with plain JDBC. */
  private static void insertRaw(Database db, Map<String, String> overrides) {
    String sql = insertSql(overrides);
    db.withConnection(connection -> {
      try (var statement = connection.prepareStatement(sql)) {
        return statement.executeUpdate();
      }
    });
  }

  private static String insertSql(Map<String, String> overrides) {
    Map<String, String> row = new LinkedHashMap<>(VALID_ROW);
    row.putAll(overrides);
    return "INSERT INTO product (" + String.join(", ", row.keySet()) + ") VALUES ("
        + String.join(", ", row.values()) + ")";
  }
}
