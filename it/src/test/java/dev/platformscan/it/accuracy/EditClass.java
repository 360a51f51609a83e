package dev.platformscan.it.accuracy;

/**
 * The Roy & Cordy edit classes the benchmark measures, T3 split by the measured benchmark
 * similarity of the mutant to its original.
 */
enum EditClass {
    T1("T1", "copies-t1", "t1", "layout and comments", 1.00),
    T2("T2", "copies-t2", "t2", "renames, literals, types (+ T1)", 1.00),
    T3_HIGH("T3-high", "copies-t3-high", "t3high", "statement edits (+ T2), similarity >= 0.70", 0.95),
    T3_MID("T3-mid", "copies-t3-mid", "t3mid", "statement edits (+ T2), similarity 0.50-0.70", 0.60);

    /** Lowest benchmark similarity of a T3 bucket (inclusive); upper bound is the next bucket's low. */
    static final double T3_HIGH_FROM = 0.70;
    static final double T3_MID_FROM = 0.50;

    private final String label;
    private final String module;
    private final String packageSuffix;
    private final String description;
    private final double targetRecall;

    EditClass(String label, String module, String packageSuffix, String description, double targetRecall) {
        this.label = label;
        this.module = module;
        this.packageSuffix = packageSuffix;
        this.description = description;
        this.targetRecall = targetRecall;
    }

    String label() {
        return label;
    }

    /** Module directory (and artifactId) of this class's mutants in the benchmark repository. */
    String module() {
        return module;
    }

    String packageSuffix() {
        return packageSuffix;
    }

    String description() {
        return description;
    }

    double targetRecall() {
        return targetRecall;
    }

    /** The T3 bucket of a measured similarity, or null when outside both buckets. */
    static EditClass t3Bucket(double similarity) {
        if (similarity >= 1.0) {
            return null;
        }
        if (similarity >= T3_HIGH_FROM) {
            return T3_HIGH;
        }
        if (similarity >= T3_MID_FROM) {
            return T3_MID;
        }
        return null;
    }
}
