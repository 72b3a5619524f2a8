package dev.precast.it.entities;

import dev.precast.annotations.Id;
import dev.precast.annotations.References;
import dev.precast.annotations.Table;

/** Works in a {@link Department} and may report to another employee. */
@Table
public class Employee {
  @Id Long id;
  String name;
  @References(Department.class) Long departmentId;
  @References(Employee.class) Long managerId;

  public Employee() {}

  public Employee(String name, Long departmentId, Long managerId) {
    this.name = name;
    this.departmentId = departmentId;
    this.managerId = managerId;
  }

  public Long getId() {
    return id;
  }
}
