package dev.precast;

import java.util.List;
import java.util.Objects;

/**
 * One page of a query's rows, and the number of rows of all pages.
 *
 * @param content the rows of this page, in order
 * @param request the page that was asked for
 * @param totalElements the number of matching rows on all pages
 * @param <T> what a row is
 */
public record Page<T>(List<T> content, PageRequest request, long totalElements) {
  /** Copies the content. */
  public Page {
    content = List.copyOf(content);
    Objects.requireNonNull(request, "request");
  }

  /** The number of pages, 0 when no row matched. */
  public long totalPages() {
    return (totalElements + request.size() - 1) / request.size();
  }

  /** Whether a page follows this one. */
  public boolean hasNext() {
    return request.page() + 1L < totalPages();
  }

  /** Whether this is not the first page. */
  public boolean hasPrevious() {
    return request.page() > 0;
  }

  /** The request for the next page. */
  public PageRequest nextRequest() {
    return request.next();
  }
}
