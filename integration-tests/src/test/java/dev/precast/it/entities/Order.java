package dev.precast.it.entities;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;

/** Table {@code order}, columns named by SQL keywords and one in mixed case. */
@Table(name = "order")
public class Order {
  @Id public Long id;
  public String select;
  public String from;
  public String user;

  @Column(name = "lineCount")
  public int lineCount;

  public Order() {}

  public Order(String select, String from, String user, int lineCount) {
    this.select = select;
    this.from = from;
    this.user = user;
    this.lineCount = lineCount;
  }
}
