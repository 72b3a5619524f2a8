package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.ValidationException;
import dev.precast.it.entities.Invoice;
import dev.precast.it.entities.InvoiceQueries;
import dev.precast.it.entities.InvoiceQueries.Summary;
import dev.precast.it.entities.InvoiceQueriesImpl;
import dev.precast.it.entities.InvoiceRepository;
import dev.precast.it.entities.Invoice_;
import dev.precast.it.entities.money.Money;
import dev.precast.it.entities.money.Tags;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.util.List;

/**
 * Converted columns everywhere: DDL, insert, update, the generated finders, derived queries,
 * the DSL, {@code @Query} parameters and results, and validation of the stored value.
 */
class ConverterTest extends DatabaseTest {
  private static InvoiceQueries invoicesOn(Database db) {
    InvoiceQueries invoices = new InvoiceQueriesImpl(db);
    invoices.insertAll(List.of(
        new Invoice(null, "A-1", Money.cents(1250), Tags.of("paid", "eu")),
        new Invoice(null, "A-2", Money.cents(99), Tags.of("open")),
        new Invoice(null, "B-1", Money.cents(50_000), null)));
    return invoices;
  }

  @OnEveryDatabase
  void theColumnHasTheConvertersDatabaseType(TestDatabase database) {
    Database db = fresh(database);

    assertThat(Invoice_.TABLE.createStatements(db.dialect()).get(0))
        .contains("total BIGINT NOT NULL")
        .contains("tags VARCHAR(30)");
    assertThat(db.validateSchema(dev.precast.it.entities.PrecastSchema.INSTANCE).errors())
        .isEmpty();
  }

  @OnEveryDatabase
  void valuesRoundTripThroughTheConverters(TestDatabase database) {
    Database db = fresh(database);
    InvoiceQueries invoices = invoicesOn(db);

    Invoice a1 = invoices.findByTags(Tags.of("paid", "eu")).orElseThrow();
    assertThat(a1.total()).isEqualTo(Money.cents(1250));
    assertThat(invoices.findById(a1.id()).orElseThrow().tags()).isEqualTo(Tags.of("paid", "eu"));
    Invoice b1 = new InvoiceRepository(db).findByNumber("B-1").orElseThrow();
    assertThat(b1.tags()).isNull();

    invoices.update(new Invoice(b1.id(), "B-1", Money.cents(1), Tags.of("void")));
    assertThat(invoices.findById(b1.id()).orElseThrow())
        .isEqualTo(new Invoice(b1.id(), "B-1", Money.cents(1), Tags.of("void")));
    long cents = db.withConnection(connection -> {
      try (var statement = connection.createStatement();
          var row = statement.executeQuery("SELECT total FROM invoice WHERE number = 'A-1'")) {
        row.next();
        return row.getLong(1);
      }
    });
    assertThat(cents).isEqualTo(1250);
  }

  @OnEveryDatabase
  void derivedQueriesBindAndReadConvertedValues(TestDatabase database) {
    InvoiceQueries invoices = invoicesOn(fresh(database));

    assertThat(invoices.findByTotalGreaterThanOrderByTotalAsc(Money.cents(100)))
        .extracting(Invoice::number).containsExactly("A-1", "B-1");
    assertThat(invoices.findByTotalIn(List.of(Money.cents(99), Money.cents(50_000))))
        .extracting(Invoice::number).containsExactlyInAnyOrder("A-2", "B-1");
    assertThat(invoices.findByNumberStartingWithOrderByNumberAsc("A-")).containsExactly(
        new Summary("A-1", Money.cents(1250)), new Summary("A-2", Money.cents(99)));
  }

  @OnEveryDatabase
  void theDslComparesConvertedValues(TestDatabase database) {
    InvoiceQueries invoices = invoicesOn(fresh(database));

    assertThat(invoices.query().where(Invoice_.TOTAL.between(Money.cents(99), Money.cents(1250)))
        .orderBy(Invoice_.TOTAL.desc()).list())
        .extracting(Invoice::number).containsExactly("A-1", "A-2");
    assertThat(invoices.query().where(Invoice_.TAGS.eq(Tags.of("open"))).one().number())
        .isEqualTo("A-2");
    assertThat(invoices.query().where(Invoice_.NUMBER.eq("A-2"))
        .update().set(Invoice_.TOTAL, Money.cents(100)).execute()).isEqualTo(1);
    assertThat(invoices.query().where(Invoice_.TOTAL.eq(Money.cents(100))).count()).isEqualTo(1);
  }

  @OnEveryDatabase
  void queryParametersAndResultsGoThroughTheConverters(TestDatabase database) {
    InvoiceQueries invoices = invoicesOn(fresh(database));

    assertThat(invoices.atLeast(Money.cents(1000))).extracting(Invoice::number)
        .containsExactly("A-1", "B-1");
    assertThat(invoices.totals())
        .containsExactly(Money.cents(99), Money.cents(1250), Money.cents(50_000));
    assertThat(invoices.tagged(Tags.of("open"))).containsExactly(new Summary("A-2",
        Money.cents(99)));
  }

  @OnEveryDatabase
  void theValidatorChecksTheStoredValue(TestDatabase database) {
    InvoiceQueries invoices = invoicesOn(fresh(database));

    assertThatThrownBy(() -> invoices.insert(new Invoice(null, "C-1", Money.cents(1),
        Tags.of("a-very-long-label", "and-another-long-one"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("tags size must be at most 30");
    assertThatThrownBy(() -> invoices.insert(new Invoice(null, "C-2", null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("total must not be null");
    assertThat(invoices.count()).isEqualTo(3);
  }
}
