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

    boolean isClass() {
        return representative().unit().kind() == dev.platformscan.engine.parse.UnitKind.CLASS;
    }
}
