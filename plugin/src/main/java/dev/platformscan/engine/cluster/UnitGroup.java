package dev.platformscan.engine.cluster;

import java.util.List;

/**
 * Units whose normalized token sequences are identical (Type-1 and Type-2 copies of each other).
 * Grouping them first means a thousand identical units cost one comparison, not half a million.
 *
 * @param index      position in the group list
 * @param units      members in unit id order; the first is the representative
 * @param searchable false when too large for the pairwise similarity check
 */
record UnitGroup(int index, List<IndexedUnit> units, boolean searchable) {

    IndexedUnit representative() {
        return units.get(0);
    }

    /** The module all members share, or null when the members come from several modules. */
    String singleModule() {
        String module = units.get(0).module();
        for (IndexedUnit unit : units) {
            if (!unit.module().equals(module)) {
                return null;
            }
        }
        return module;
    }

    boolean isClass() {
        return representative().unit().kind().isType();
    }
}
