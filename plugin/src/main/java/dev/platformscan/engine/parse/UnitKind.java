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

    /** Methods and constructors are compared with each other, classes with classes. */
    public boolean comparableWith(UnitKind other) {
        return (this == CLASS) == (other == CLASS);
    }
}
