package dev.platformscan.engine.parse;

/** The code structures platform-scan compares. */
public enum UnitKind {
    METHOD("method"),
    CONSTRUCTOR("constructor"),
    CLASS("class"),
    /**
     * An interface: compared by its declaration (signatures, annotations and their values), literally when it
     * holds no logic. Appended last: the parse cache stores kinds by ordinal.
     */
    INTERFACE("interface");

    private final String id;

    UnitKind(String id) {
        this.id = id;
    }

    /** The name used in reports. */
    public String id() {
        return id;
    }

    /** True for type declarations (classes, records, enums, interfaces), false for methods and constructors. */
    public boolean isType() {
        return this == CLASS || this == INTERFACE;
    }

    /** Methods and constructors are compared with each other, types with types. */
    public boolean comparableWith(UnitKind other) {
        return isType() == other.isType();
    }
}
