package dev.precast.it.entities.json;

import java.util.List;

/** A badge with its levels: a record inside a JSON array, with a list of its own. */
public record Badge(String name, int level, List<String> notes) {}
