package dev.precast;

/**
 * Which page of a result to read: page {@code page} (from 0) of {@code size} rows. Pass it to
 * a derived query returning {@link Page} or to {@link Query#page(PageRequest)}; order the query
 * so that the pages do not overlap.
 *
 * @param page the page number, from 0
 * @param size the number of rows per page, at least 1
 */
public record PageRequest(int page, int size) {
  /** Checks the page number and size. */
  public PageRequest {
    if (page < 0) {
      throw new IllegalArgumentException("page must not be negative, got " + page);
    }
    if (size < 1) {
      throw new IllegalArgumentException("page size must be at least 1, got " + size);
    }
  }

  /** Page {@code page} (from 0) of {@code size} rows. */
  public static PageRequest of(int page, int size) {
    return new PageRequest(page, size);
  }

  /** The first page of {@code size} rows. */
  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  /** The number of rows before this page: {@code page * size}. */
  public long offset() {
    return (long) page * size;
  }

  /** The page after this one. */
  public PageRequest next() {
    return new PageRequest(page + 1, size);
  }
}
