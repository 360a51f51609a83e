package dev.platformscan.engine.parse;

/** The code structures platform-scan compares. */
public enum UnitKind {
    METHOD("method"),
    CONSTRUCTOR("constructor"),
    CLASS("class");

    private final String id;

    UnitKind(String id) {
        this.id = id;
    }

    /** The name used in reports. */
    public String id() {
        return id;
    }

    /** True for type declarations (classes, and any other kind of type unit), false for methods and constructors. */
    public boolean isType() {
        return this == CLASS;
    }

    /** Methods and constructors are compared with each other, types with types. */
    public boolean comparableWith(UnitKind other) {
        return isType() == other.isType();
    }
}
