package com.example.tutorial.service;

import dev.precast.Order;
import dev.precast.Query;
import dev.precast.TransactionOptions;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One page of a list, as the API shows it: the items, the paging asked for and how many items
 * the whole list has.
 *
 * @param items this page's items, in id order
 * @param limit the most items a page holds
 * @param offset how many items come before this page
 * @param total how many items the list has in all
 * @param <T> the items' representation
 */
record Page<T>(List<T> items, int limit, long offset, long total) {
  /** A list is read in one read-only transaction, so that its page and its total agree. */
  static final TransactionOptions READ_ONLY = TransactionOptions.defaults().readOnly(true);

  /**
   * Reads the page {@code paging} of the rows {@code rows} selects, in {@code order}, and
   * counts them all; run it inside a {@link #READ_ONLY} transaction.
   *
   * @param rows a new query on the list's rows, each time it is called
   */
  static <E, T> Page<T> read(Supplier<Query<E>> rows, Order<E> order, Paging paging,
      Function<E, T> view) {
    List<T> items = rows.get().orderBy(order).limit(paging.limit()).offset(paging.offset())
        .list().stream().map(view).toList();
    return new Page<>(items, paging.limit(), paging.offset(), rows.get().count());
  }
}
