package dev.precast.it.entities;

import dev.precast.annotations.Column;
import dev.precast.annotations.Id;
import dev.precast.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One column of every supported type, as a class with public fields (no getters or setters:
 * generated code reads and writes the fields).
 */
@Table
public class AllTypes {
  @Id public Long id;

  public String text;

  public boolean flag;
  public int number;
  public long bigNumber;
  public short smallNumber;
  public double ratio;
  public float measure;

  public Boolean boxedFlag;
  public Integer boxedNumber;
  public Long boxedBigNumber;
  public Short boxedSmallNumber;
  public Double boxedRatio;
  public Float boxedMeasure;

  @Column(precision = 10, scale = 2)
  public BigDecimal amount;

  public BigDecimal unboundedAmount;

  public byte[] payload;
  public UUID reference;

  public LocalDate birthday;
  public LocalTime alarm;
  public LocalDateTime meeting;
  public Instant createdAt;
  public OffsetDateTime updatedAt;

  public Color color;

  public AllTypes() {}
}
