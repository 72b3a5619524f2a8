package dev.precast.internal;

import dev.precast.Page;
import dev.precast.PageRequest;
import java.util.List;
import java.util.function.LongSupplier;

/** Builds the {@link Page}s of derived queries. */
public final class Pages {
  private Pages() {}

  /**
   * The page of {@code content}; the total is counted only when the content does not tell it:
   * a short page that is not empty, or an empty first page, is the last one.
   */
  public static <T> Page<T> of(List<T> content, PageRequest request, LongSupplier count) {
    boolean last = content.size() < request.size()
        && (!content.isEmpty() || request.page() == 0);
    long total = last ? request.offset() + content.size() : count.getAsLong();
    return new Page<>(content, request, total);
  }
}
