package dev.precast.it.entities;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One column per kind of CHECK constraint that validation rules become, and rules that stay
 * the validator's alone ({@code @Past}, {@code @Email}, {@code @Digits}).
 */
@Table
public class Product {
  @Id public Long id;

  @Min(0) @Max(150) public int age;

  @Positive public Integer quantity;

  @PositiveOrZero public long stock;

  @Negative public Short delta;

  @NegativeOrZero public BigDecimal debt;

  @DecimalMin(value = "0.5", inclusive = false)
  @DecimalMax("99.5")
  @Column(precision = 10, scale = 2)
  public BigDecimal price;

  @DecimalMax("0.1") public Float measure;

  @DecimalMin("-1.5") public Double ratio;

  @NotBlank public String title;

  @NotEmpty public String code;

  @Size(min = 3, max = 20) public String word;

  @AssertTrue public Boolean accepted;

  @AssertFalse public boolean banned;

  public Color color;

  @Past public LocalDate released;

  @Email public String contact;

  @Digits(integer = 5, fraction = 0) public String zip;

  public Product() {}

  /** A product that breaks no rule. */
  public static Product valid() {
    Product product = new Product();
    product.age = 30;
    product.title = "Lamp";
    product.code = "L1";
    return product;
  }
}
