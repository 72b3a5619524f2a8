package dev.precast.it.entities;

import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.Unique;
import jakarta.validation.constraints.NotBlank;

/** A composite unique constraint declared on the type. */
@Table
@Unique(columns = {"course", "student"})
public class Enrollment {
  @Id Long id;
  @NotBlank String course;
  @NotBlank String student;

  public Enrollment() {}

  public Enrollment(String course, String student) {
    this.course = course;
    this.student = student;
  }
}
