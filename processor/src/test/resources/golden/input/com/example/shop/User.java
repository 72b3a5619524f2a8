package com.example.shop;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import dev.precast.annotations.Transient;
import dev.precast.annotations.Unique;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The golden files' reference entity: a JavaBean with one field of most supported kinds, a
 * unique field, a composite unique constraint, validation rules and a transient field.
 */
@Table(name = "users")
@Unique(columns = {"display_name", "birth_date"})
public class User {
  /** Where a user stands. */
  public enum Status { ACTIVE, SUSPENDED }

  @Id
  private Long id;

  @Unique
  @NotBlank
  @Email
  @Column(length = 255)
  private String email;

  @NotBlank
  @Size(min = 2, max = 40)
  @Column(length = 40)
  private String displayName;

  @Min(0)
  @Max(150)
  private int age;

  private boolean admin;

  @PositiveOrZero
  @Column(precision = 12, scale = 2)
  private BigDecimal balance;

  @Past
  private LocalDate birthDate;

  @NotNull
  @Column(length = 16)
  private Status status;

  @Pattern(regexp = "[A-Z]{2}")
  @Column(name = "country_code", length = 2)
  private String country;

  private UUID externalId;

  private Instant createdAt;

  private byte[] avatar;

  @Transient
  private String sessionToken;

  public User() {}

  public Long getId() { return id; }
  public void setId(Long id) { this.id = id; }
  public String getEmail() { return email; }
  public void setEmail(String email) { this.email = email; }
  public String getDisplayName() { return displayName; }
  public void setDisplayName(String displayName) { this.displayName = displayName; }
  public int getAge() { return age; }
  public void setAge(int age) { this.age = age; }
  public boolean isAdmin() { return admin; }
  public void setAdmin(boolean admin) { this.admin = admin; }
  public BigDecimal getBalance() { return balance; }
  public void setBalance(BigDecimal balance) { this.balance = balance; }
  public LocalDate getBirthDate() { return birthDate; }
  public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
  public Status getStatus() { return status; }
  public void setStatus(Status status) { this.status = status; }
  public String getCountry() { return country; }
  public void setCountry(String country) { this.country = country; }
  public UUID getExternalId() { return externalId; }
  public void setExternalId(UUID externalId) { this.externalId = externalId; }
  public Instant getCreatedAt() { return createdAt; }
  public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
  public byte[] getAvatar() { return avatar; }
  public void setAvatar(byte[] avatar) { this.avatar = avatar; }
  public String getSessionToken() { return sessionToken; }
  public void setSessionToken(String sessionToken) { this.sessionToken = sessionToken; }
}
