package dev.precast.it.entities;

import dev.precast.annotations.Column;
import jakarta.validation.constraints.Email;

/** A JavaBean value object: embedded through its no-argument constructor and setters. */
public class Contact {
  @Email @Column(length = 120) private String email;
  private Integer extension;

  public Contact() {}

  public Contact(String email, Integer extension) {
    this.email = email;
    this.extension = extension;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Integer getExtension() {
    return extension;
  }

  public void setExtension(Integer extension) {
    this.extension = extension;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Contact contact && java.util.Objects.equals(email, contact.email)
        && java.util.Objects.equals(extension, contact.extension);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(email, extension);
  }

  @Override
  public String toString() {
    return "Contact[" + email + ", " + extension + "]";
  }
}
