package dev.precast.it.entities;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;

/** Table {@code group} as a JavaBean whose key column is named {@code key}. */
@Table(name = "group")
public class Group {
  @Id
  @Column(name = "key")
  private Long key;

  private String select;

  private String where;

  public Group() {}

  public Group(String select, String where) {
    this.select = select;
    this.where = where;
  }

  public Long getKey() {
    return key;
  }

  public void setKey(Long key) {
    this.key = key;
  }

  public String getSelect() {
    return select;
  }

  public void setSelect(String select) {
    this.select = select;
  }

  public String getWhere() {
    return where;
  }

  public void setWhere(String where) {
    this.where = where;
  }
}
