package dev.precast.it.entities;

/** Stored by constant name in {@link AllTypes#color}. */
public enum Color {
  RED,
  GREEN,
  BLUE
}
