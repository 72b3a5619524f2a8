package dev.precast.it.entities;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.Unique;
import jakarta.validation.constraints.NotBlank;

/** A composite unique constraint declared on the type. */
@Table
@Unique(columns = {"course", "student"})
public class Enrollment {
  @Id Long id;
  @NotBlank @Column(length = 40) String course;
  @NotBlank @Column(length = 40) String student;

  public Enrollment() {}

  public Enrollment(String course, String student) {
    this.course = course;
    this.student = student;
  }
}
