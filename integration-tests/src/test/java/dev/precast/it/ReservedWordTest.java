package dev.precast.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precast.Database;
import dev.precast.UniqueViolationException;
import dev.precast.it.entities.Group;
import dev.precast.it.entities.GroupRepository;
import dev.precast.it.entities.Group_;
import dev.precast.it.entities.Order;
import dev.precast.it.entities.OrderRepository;
import dev.precast.it.entities.Order_;
import dev.precast.it.entities.PrecastSchema;
import dev.precast.it.entities.User;
import dev.precast.it.entities.UserRepository;
import dev.precast.it.entities.User_;
import dev.precast.it.support.DatabaseTest;
import dev.precast.it.support.OnEveryDatabase;
import dev.precast.it.support.TestDatabase;
import java.util.List;

/**
 * Tables {@code order}, {@code user} and {@code group}, columns {@code select}, {@code from},
 * {@code user}, {@code where}, {@code key} and {@code lineCount}: quoted names work everywhere.
 */
class ReservedWordTest extends DatabaseTest {
  @OnEveryDatabase
  void crudOnTableOrderWithKeywordColumns(TestDatabase database) {
    OrderRepository orders = new OrderRepository(fresh(database));

    Order order = orders.insert(new Order("pencils", "stock", "ada", 3));
    Order read = orders.findById(order.id).orElseThrow();
    assertThat(List.of(read.select, read.from, read.user, read.lineCount))
        .containsExactly("pencils", "stock", "ada", 3);

    read.select = "pens";
    read.lineCount = 4;
    orders.update(read);
    assertThat(orders.findById(order.id).orElseThrow().select).isEqualTo("pens");
    assertThat(orders.query().where(Order_.SELECT.eq("pens").and(Order_.LINE_COUNT.gt(3)))
        .orderBy(Order_.FROM.desc(), Order_.USER.asc()).list())
        .extracting(o -> o.id).containsExactly(order.id);
    assertThat(orders.count()).isEqualTo(1);
    assertThat(orders.existsById(order.id)).isTrue();

    assertThat(orders.delete(read)).isTrue();
    assertThat(orders.findAll()).isEmpty();
  }

  @OnEveryDatabase
  void crudOnTableUserWithUniqueColumnGroup(TestDatabase database) {
    UserRepository users = new UserRepository(fresh(database));

    User ada = users.insert(new User(null, "admins", 1));
    User bob = users.insert(new User(null, "users", 2));

    assertThat(users.findByGroup("admins")).contains(ada);
    assertThat(users.query().where(User_.ORDER.in(List.of(2, 3))).list()).containsExactly(bob);
    users.update(new User(bob.id(), "guests", 2));
    assertThat(users.findByGroup("users")).isEmpty();
    assertThat(users.findByGroup("guests")).contains(new User(bob.id(), "guests", 2));
    assertThat(users.deleteById(ada.id())).isTrue();
    assertThat(users.findAll()).containsExactly(new User(bob.id(), "guests", 2));
  }

  @OnEveryDatabase
  void uniqueViolationOnAKeywordColumnNamesIt(TestDatabase database) {
    UserRepository users = new UserRepository(fresh(database));
    users.insert(new User(null, "admins", 1));

    assertThatThrownBy(() -> users.insert(new User(null, "admins", 2)))
        .isInstanceOfSatisfying(UniqueViolationException.class, e -> {
          assertThat(e.constraintName()).isEqualTo("uq_user_group");
          assertThat(e.table()).isEqualTo("user");
          assertThat(e.column()).isEqualTo("group");
        });
  }

  @OnEveryDatabase
  void crudOnTableGroupWhoseKeyColumnIsNamedKey(TestDatabase database) {
    GroupRepository groups = new GroupRepository(fresh(database));

    Group group = groups.insert(new Group("everything", "here"));

    assertThat(group.getKey()).as("the generated key of column \"key\"").isNotNull();
    Group read = groups.findById(group.getKey()).orElseThrow();
    assertThat(read.getSelect()).isEqualTo("everything");
    assertThat(read.getWhere()).isEqualTo("here");
    read.setWhere("there");
    groups.update(read);
    assertThat(groups.query().where(Group_.WHERE.eq("there")).first())
        .map(Group::getKey).contains(group.getKey());
    assertThat(groups.insertAll(List.of(new Group("a", "b"), new Group("c", "d"))))
        .extracting(Group::getKey).doesNotContainNull().doesNotHaveDuplicates();
    assertThat(groups.count()).isEqualTo(3);
  }

  @OnEveryDatabase
  void createAllTwiceChangesNothing(TestDatabase database) {
    Database db = fresh(database);
    OrderRepository orders = new OrderRepository(db);
    Order order = orders.insert(new Order("pencils", "stock", "ada", 3));

    db.createAll(PrecastSchema.INSTANCE);
    db.createAll(PrecastSchema.INSTANCE);

    assertThat(orders.findAll()).extracting(o -> o.id).containsExactly(order.id);
    assertThat(new UserRepository(db).count()).isZero();
    assertThat(new GroupRepository(db).count()).isZero();
  }

  @OnEveryDatabase
  void dropAllRemovesTheKeywordTables(TestDatabase database) {
    Database db = fresh(database);

    db.dropAll(PrecastSchema.INSTANCE);
    db.dropAll(PrecastSchema.INSTANCE);

    assertThat(tableExists(db, "order")).isFalse();
    db.createAll(PrecastSchema.INSTANCE);
    assertThat(tableExists(db, "order")).isTrue();
    assertThat(new OrderRepository(db).count()).isZero();
  }

  private static boolean tableExists(Database db, String table) {
    return db.withConnection(connection -> {
      try (var tables = connection.getMetaData().getTables(
          connection.getCatalog(), connection.getSchema(), table, null)) {
        return tables.next();
      }
    });
  }
}
