package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.ValidationException;
import dev.precast.Violation;
import dev.precast.it.entities.Contact;
import dev.precast.it.entities.Customer;
import dev.precast.it.entities.CustomerQueries;
import dev.precast.it.entities.CustomerQueriesImpl;
import dev.precast.it.entities.CustomerRepository;
import dev.precast.it.entities.Customer_;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.entities.Warehouse;
import dev.precast.it.entities.WarehouseRepository;
import dev.precast.it.entities.Warehouse_;
import dev.precast.it.entities.place.Address;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @Embedded} values, a record and a JavaBean, in a record entity and a JavaBean
 * entity: their columns, round trips (null included), finders, the DSL, {@code @Query}
 * results and validation of their components.
 */
class EmbeddedTest extends DatabaseTest {
  private static final Address PARIS = new Address("1 rue de Rivoli", "Paris", "75001");
  private static final Address LYON = new Address("2 place Bellecour", "Lyon", "69002");

  private static List<Customer> threeCustomers(CustomerRepository customers) {
    return customers.insertAll(List.of(
        new Customer(null, "Ann", PARIS, LYON, new Contact("ann@example.com", 12)),
        new Customer(null, "Bob", PARIS, null, null),
        new Customer(null, "Cy", LYON, LYON, new Contact(null, 7))));
  }

  @OnEveryDatabase
  void theComponentsAreColumnsNamedWithThePrefix(TestDatabase database) {
    Database db = fresh(database);

    assertThat(Customer_.TABLE.createStatements(db.dialect()).get(0))
        .contains("address_street VARCHAR(100),")
        .contains("address_city VARCHAR(60),")
        .contains("address_postcode VARCHAR(10),")
        .contains("billing_street VARCHAR(100),")
        .contains("billing_postcode VARCHAR(10),")
        .contains("contact_email VARCHAR(120),")
        .contains("contact_extension INTEGER");
    // @NotNull on the field makes the columns of the components that reject null NOT NULL.
    assertThat(Warehouse_.TABLE.createStatements(db.dialect()).get(0))
        .contains("address_street VARCHAR(100) NOT NULL")
        .contains("address_city VARCHAR(60),")
        .contains("manager_email VARCHAR(120)");
    assertThat(Customer_.TABLE.columns()).extracting(dev.precast.EntityColumn::name).containsExactly("id", "name",
        "address_street", "address_city", "address_postcode", "billing_street", "billing_city",
        "billing_postcode", "contact_email", "contact_extension");
    assertThat(db.validateSchema(PrecastSchema.INSTANCE).errors()).isEmpty();
  }

  @OnEveryDatabase
  void aRecordEntityRoundTripsItsEmbeddedValues(TestDatabase database) {
    Database db = fresh(database);
    CustomerRepository customers = new CustomerRepository(db);
    List<Customer> stored = threeCustomers(customers);

    assertThat(customers.findAll()).containsExactlyElementsOf(stored);
    Customer bob = customers.findById(stored.get(1).id()).orElseThrow();
    assertThat(bob.billing()).isNull();
    assertThat(bob.contact()).isNull();
    // A value with some null components is still a value.
    assertThat(customers.findById(stored.get(2).id()).orElseThrow().contact())
        .isEqualTo(new Contact(null, 7));

    customers.update(new Customer(bob.id(), "Bob", null, PARIS, new Contact("bob@example.com",
        null)));
    assertThat(customers.findById(bob.id()).orElseThrow()).isEqualTo(new Customer(bob.id(), "Bob",
        null, PARIS, new Contact("bob@example.com", null)));
  }

  @OnEveryDatabase
  void aNullEmbeddedValueIsStoredAsNullColumns(TestDatabase database) {
    Database db = fresh(database);
    Customer bob = new CustomerRepository(db).insert(new Customer(null, "Bob", PARIS, null, null));

    List<Object> billing = db.withConnection(connection -> {
      try (var statement = connection.createStatement();
          var row = statement.executeQuery("SELECT billing_street, billing_city, billing_postcode,"
              + " contact_email, contact_extension, address_city FROM customer WHERE id = "
              + bob.id())) {
        row.next();
        List<Object> values = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
          values.add(row.getObject(i));
        }
        return values;
      }
    });
    assertThat(billing).containsExactly(null, null, null, null, null, "Paris");
  }

  @OnEveryDatabase
  void aClassEntityRoundTripsItsEmbeddedValues(TestDatabase database) {
    Database db = fresh(database);
    WarehouseRepository warehouses = new WarehouseRepository(db);
    Warehouse north = warehouse("North", LYON, new Contact("boss@example.com", 1));
    Warehouse south = warehouse("South", PARIS, null);
    warehouses.insertAll(List.of(north, south));

    Warehouse read = warehouses.findById(north.getId()).orElseThrow();
    assertThat(read.getAddress()).isEqualTo(LYON);
    assertThat(read.getManager()).isEqualTo(new Contact("boss@example.com", 1));
    assertThat(warehouses.findById(south.getId()).orElseThrow().getManager()).isNull();

    read.setManager(null);
    read.setAddress(new Address("3 quai", null, null));
    warehouses.update(read);
    Warehouse updated = warehouses.findById(north.getId()).orElseThrow();
    assertThat(updated.getManager()).isNull();
    assertThat(updated.getAddress()).isEqualTo(new Address("3 quai", null, null));
  }

  @OnEveryDatabase
  void findersAndQueriesUseTheComponents(TestDatabase database) {
    Database db = fresh(database);
    threeCustomers(new CustomerRepository(db));
    CustomerQueries queries = new CustomerQueriesImpl(db);

    assertThat(queries.findByAddressCityOrderByNameAsc("Paris")).extracting(Customer::name)
        .containsExactly("Ann", "Bob");
    assertThat(queries.findByContactEmail("ann@example.com").orElseThrow().address())
        .isEqualTo(PARIS);
    assertThat(queries.countByBillingCityIsNull()).isEqualTo(1);
    assertThat(queries.billedTo("69002")).extracting(Customer::name).containsExactly("Ann", "Cy");
    assertThat(queries.billedTo("69002").get(0).contact())
        .isEqualTo(new Contact("ann@example.com", 12));
  }

  @OnEveryDatabase
  void theDslNamesTheComponentsUnderTheField(TestDatabase database) {
    Database db = fresh(database);
    CustomerRepository customers = new CustomerRepository(db);
    threeCustomers(customers);

    assertThat(customers.query().where(Customer_.ADDRESS.CITY.eq("Lyon")).list())
        .extracting(Customer::name).containsExactly("Cy");
    assertThat(customers.query().where(Customer_.BILLING.CITY.isNull()).list())
        .extracting(Customer::name).containsExactly("Bob");
    assertThat(customers.query().where(Customer_.CONTACT.EXTENSION.gt(10)).list())
        .extracting(Customer::name).containsExactly("Ann");
    assertThat(customers.query().where(Customer_.ADDRESS.STREET.startsWith("1 "))
        .orderBy(Customer_.ADDRESS_ZIP.asc(), Customer_.NAME.desc()).list())
        .extracting(Customer::name).containsExactly("Bob", "Ann");
    assertThat(Customer_.ADDRESS.CITY).isSameAs(Customer_.ADDRESS_CITY);

    WarehouseRepository warehouses = new WarehouseRepository(db);
    warehouses.insert(warehouse("North", LYON, new Contact("boss@example.com", 1)));
    assertThat(warehouses.query().where(Warehouse_.MANAGER.EMAIL.eq("boss@example.com")).list())
        .extracting(Warehouse::getName).containsExactly("North");
  }

  @OnEveryDatabase
  void theComponentsAreValidatedWhenTheValueIsPresent(TestDatabase database) {
    Database db = fresh(database);
    CustomerRepository customers = new CustomerRepository(db);

    assertThatThrownBy(() -> customers.insert(new Customer(null, "Ann",
        new Address(" ", "Paris", "75001"), null, new Contact("not an address", null))))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .containsExactly(new Violation("address.street", "must not be blank"),
                new Violation("contact.email", "must be a well-formed email address")));
    assertThatThrownBy(() -> customers.insert(new Customer(null, "Ann",
        new Address("1 rue", "Paris", "750010000000"), null, null)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .containsExactly(new Violation("address.zip", "size must be at most 10")));
    // An absent value has no street to be blank.
    assertThat(customers.insert(new Customer(null, "Bob", null, null, null)).id()).isNotNull();

    WarehouseRepository warehouses = new WarehouseRepository(db);
    assertThatThrownBy(() -> warehouses.insert(warehouse("Nowhere", null, null)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
            .containsExactly(new Violation("address", "must not be null")));
    assertThat(customers.count()).isEqualTo(1);
  }

  private static Warehouse warehouse(String name, Address address, Contact manager) {
    Warehouse warehouse = new Warehouse();
    warehouse.setName(name);
    warehouse.setAddress(address);
    warehouse.setManager(manager);
    return warehouse;
  }
}
