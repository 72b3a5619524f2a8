package com.example.tutorial;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.Unique;
import dev.precast.annotations.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/**
 * The tutorial's user: a name and an e-mail address, both unique and both validated, and a
 * version that {@code update} checks and increments, so that two clients editing the same user
 * cannot overwrite each other's change unnoticed.
 */
@Table(name = "users")
public class User {
  @Id
  private Long id;

  @Unique
  @NotBlank
  @Column(length = 255)
  private String name;

  @Unique
  @NotBlank
  @Email
  @Column(length = 255)
  private String email;

  @Version
  private long version;

  /** For the generated mapper. */
  public User() {}

  /** A new user, not stored yet. */
  public User(String name, String email) {
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

  public long getVersion() {
    return version;
  }

  public void setVersion(long version) {
    this.version = version;
  }

  @Override
  public String toString() {
    return name + " <" + email + ">";
  }
}
