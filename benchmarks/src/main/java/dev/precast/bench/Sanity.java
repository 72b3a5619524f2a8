package dev.precast.bench;

import dev.precast.bench.Contender.NewUser;
import java.util.ArrayList;
import java.util.List;

/** Checks, before a trial measures anything, that a contender does the same work as the rest. */
final class Sanity {
  private Sanity() {}

  static void check(Contender c) {
    require(c.findById(7) != null, "findById(7) found nothing");
    require(c.findByEmail(BenchDatabase.email(7)) != null, "findByEmail found nothing");
    require(c.findByName(BenchDatabase.name(7)) != null, "findByName found nothing");
    require(c.findById(BenchDatabase.USERS + 1000) == null, "findById of no row found one");
    require(c.postsByAuthor(1, 10).size() == 10, "list 10 is not 10 rows");
    require(c.postsByAuthor(1, 100).size() == 100, "list 100 is not 100 rows");
    require(c.tenPostsByAuthorQuery(1).size() == 10, "the 10-row query is not 10 rows");
    require(c.insert(new NewUser("sanity", "sanity@example.com")) > BenchDatabase.USERS,
        "insert returned no new id");
    List<NewUser> users = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      users.add(new NewUser("sanity " + i, "sanity" + i + "@example.com"));
    }
    require(c.insertAll(users).size() == 3, "insertAll did not return its rows");
    String title = c.holdPost(2);
    c.updateHeldPost(title + "!");
    c.updateHeldPost(title);
    require(title.equals(c.holdPost(2)), "the versioned update did not write");
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw new IllegalStateException(what);
    }
  }
}
