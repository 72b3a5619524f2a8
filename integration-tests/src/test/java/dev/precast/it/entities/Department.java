package dev.precast.it.entities;

import dev.precast.annotations.Id;
import dev.precast.annotations.References;
import dev.precast.annotations.Table;

/** With {@link Employee}, a cycle of references: each table needs the other. */
@Table
public class Department {
  @Id Long id;
  String name;
  @References(Employee.class) Long managerId;

  public Department() {}

  public Department(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public void setManagerId(Long managerId) {
    this.managerId = managerId;
  }
}
