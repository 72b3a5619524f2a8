package dev.precast.it.entities.json;

/** A postal address, stored as one JSON document. */
public record Address(String street, String city, String zip) {}
