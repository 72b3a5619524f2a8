package dev.precast.it.entities;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.Unique;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Names that must be quoted for other reasons than keywords: a table name with a space and
 * upper case, columns in mixed case (the key too). Their constraints still get plain names,
 * such as {@code uq_line_item_sku}.
 */
@Table(name = "Line Item")
public class LineItem {
  @Id
  @Column(name = "Item Id")
  public Long id;

  @Unique
  @Column(name = "Sku", length = 20)
  public String sku;

  @Column(name = "Unit Price", nullable = false)
  @PositiveOrZero
  public Integer unitPrice;

  public LineItem() {}

  public LineItem(String sku, int unitPrice) {
    this.sku = sku;
    this.unitPrice = unitPrice;
  }
}
