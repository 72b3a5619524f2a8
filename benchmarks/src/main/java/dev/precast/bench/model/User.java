package dev.precast.bench.model;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.Unique;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** The tutorial's user, shared by every contender but Hibernate (which needs its own class). */
@Table(name = "users")
public class User {
  @Id private Long id;
  @Unique @NotBlank @Column(length = 255) private String name;
  @Unique @NotBlank @Email @Column(length = 255) private String email;

  public User() {}

  public User(String name, String email) {
    this.name = name;
    this.email = email;
  }

  public User(Long id, String name, String email) {
    this.id = id;
    this.name = name;
    this.email = email;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
