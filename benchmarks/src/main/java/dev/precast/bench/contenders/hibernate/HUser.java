package dev.precast.bench.contenders.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * Hibernate's mapping of {@code users}. Ids come from a pooled sequence (allocation 50), as
 * Hibernate's documentation advises: identity ids would turn off JDBC batching of inserts.
 */
@Entity
@Table(name = "users")
public class HUser {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_hseq")
  @SequenceGenerator(name = "users_hseq", sequenceName = "users_hseq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true, length = 255)
  private String name;

  @Column(nullable = false, unique = true, length = 255)
  private String email;

  protected HUser() {}

  public HUser(String name, String email) {
    this.name = name;
    this.email = email;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getEmail() {
    return email;
  }
}
