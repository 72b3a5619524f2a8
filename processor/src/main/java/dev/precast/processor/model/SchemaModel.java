package dev.precast.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entities of a compilation together: the order their tables can be created in (every
 * referenced table before the tables that reference it), the references that a cycle forces
 * to be added after all tables exist, and for each table the foreign keys that point at it.
 */
public final class SchemaModel {
  private final List<EntityModel> creationOrder;
  private final Map<String, EntityModel> byName;
  private final Set<ReferenceModel> deferred;

  private SchemaModel(
      List<EntityModel> creationOrder, Map<String, EntityModel> byName,
      Set<ReferenceModel> deferred) {
    this.creationOrder = List.copyOf(creationOrder);
    this.byName = byName;
    this.deferred = deferred;
  }

  /**
   * The schema of {@code entities}; {@code others} are entities referenced from here but
   * compiled elsewhere, whose tables are assumed to exist.
   */
  public static SchemaModel of(List<EntityModel> entities, List<EntityModel> others) {
    Map<String, EntityModel> byName = new HashMap<>();
    others.forEach(e -> byName.put(e.qualifiedName(), e));
    entities.forEach(e -> byName.put(e.qualifiedName(), e));
    Map<EntityModel, Set<EntityModel>> prerequisites = new LinkedHashMap<>();
    Comparator<EntityModel> byTable = Comparator.comparing(EntityModel::tableName)
        .thenComparing(EntityModel::qualifiedName);
    List<EntityModel> sorted = new ArrayList<>(entities);
    sorted.sort(byTable);
    Set<EntityModel> compiledHere = new HashSet<>(entities);
    for (EntityModel entity : sorted) {
      Set<EntityModel> targets = new HashSet<>();
      for (ReferenceModel reference : entity.references()) {
        EntityModel target = byName.get(reference.targetName());
        if (target != null && target != entity && compiledHere.contains(target)) {
          targets.add(target);
        }
      }
      prerequisites.put(entity, targets);
    }
    List<EntityModel> order = new ArrayList<>();
    Set<ReferenceModel> deferred = new HashSet<>();
    TreeSet<EntityModel> remaining = new TreeSet<>(byTable);
    remaining.addAll(sorted);
    while (!remaining.isEmpty()) {
      EntityModel next = remaining.stream()
          .filter(e -> order.containsAll(prerequisites.get(e)))
          .findFirst()
          .orElse(null);
      if (next == null) {
        // A cycle: create the first remaining table now; its references into the cycle are
        // added once every table exists.
        next = remaining.first();
        for (ReferenceModel reference : next.references()) {
          EntityModel target = byName.get(reference.targetName());
          if (target != null && remaining.contains(target) && target != next) {
            deferred.add(reference);
          }
        }
      }
      order.add(next);
      remaining.remove(next);
    }
    return new SchemaModel(order, byName, deferred);
  }

  /** The entities of this compilation, each after the tables it references. */
  public List<EntityModel> creationOrder() {
    return creationOrder;
  }

  /** The entity a reference points at, if it is known. */
  public Optional<EntityModel> target(ReferenceModel reference) {
    return Optional.ofNullable(byName.get(reference.targetName()));
  }

  /** Whether a reference is added after every table exists, because of a cycle. */
  public boolean isDeferred(ReferenceModel reference) {
    return deferred.contains(reference);
  }

  /**
   * A foreign key of another table that points at an entity.
   *
   * @param child the entity whose table holds the foreign key
   * @param reference the reference
   */
  public record Incoming(EntityModel child, ReferenceModel reference) {}

  /** The foreign keys of this compilation that reference {@code target}, in creation order. */
  public List<Incoming> incoming(EntityModel target) {
    List<Incoming> incoming = new ArrayList<>();
    for (EntityModel child : creationOrder) {
      for (ReferenceModel reference : child.references()) {
        if (reference.targetName().equals(target.qualifiedName()) && child != target) {
          incoming.add(new Incoming(child, reference));
        }
      }
    }
    return incoming;
  }
}
