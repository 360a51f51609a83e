package dev.platformscan.engine.cluster;

import dev.platformscan.engine.Scope;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The similarity two units must reach to count as copies, by size, calibrated on the scanned code itself.
 * <p>
 * A ratio alone is weak evidence for small units: two unrelated 60-token methods of a code base whose
 * controllers all look alike reach 0.70 by chance, two unrelated 300-token methods almost never do. So the
 * scan first measures what unrelated code of <em>this</em> code base reaches: it draws random pairs of
 * distinct units of about the same length (as the candidate search would offer them; from different modules
 * in cross-module scope), per size bucket of the shorter unit, and computes their similarity. Chance
 * similarity of real code is close to normal (on the accuracy benchmark's 179,700 unrelated pairs the normal
 * fitted from median and 90th percentile predicts the 99th percentile within 0.003), so the bucket's
 * threshold is the value chance pairs exceed with probability {@code chanceMatchRate} under a normal fitted
 * robustly from the sample's median and quartiles: {@code median + z(rate) * IQR / 1.349}. Median and
 * quartiles hardly move when a few percent of the sampled pairs are real copies, so a code base full of
 * copies does not raise its own bar. The threshold is never below {@code minSimilarity}; above 1.0 only
 * identical token texts (Type-1 copies) count in that bucket.
 */
final class RequiredSimilarity {
    /** Lower bounds of the size buckets, in tokens of the shorter unit of a pair. */
    static final int[] BUCKET_FLOORS = {0, 80, 120, 200, 400};
    /**
     * Random pairs drawn per bucket and kind; a quarter of it from {@link #LARGE_UNITS} tokens on, an eighth from twice
     * that (their LCS costs more; their spread is narrower).
     */
    static final int SAMPLES = 4_000;
    static final int LARGE_UNITS = 200;
    /** Fewer usable samples than this leave the bucket at the base threshold (too little code to calibrate on). */
    static final int MIN_SAMPLES = 300;
    private static final long SEED = 0x5ca1ab1e_c0ffeeL;

    /**
     * Literally compared types (declarations, types without logic) keep their names when copied, so their bar starts
     * this much above the base: on the hand-judged reactors copied types scored 0.81–1.0 literally, unrelated entity
     * classes sharing base fields and annotations up to 0.754 (docs/real-code-verdicts.md).
     */
    static final double LITERAL_MARGIN = 0.1;

    /** What is calibrated apart: units of different kinds are never compared with each other. */
    enum Kind {
        METHODS("methods"), TYPES("types"), LITERAL_TYPES("types compared literally");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        static Kind of(UnitGroup group) {
            return of(group.representative().unit());
        }

        static Kind of(dev.platformscan.engine.parse.CodeUnit unit) {
            return !unit.kind().isType() ? METHODS : unit.fingerprint().literal() ? LITERAL_TYPES : TYPES;
        }
    }

    /** The key of the units made of idioms among {@link #roleThresholds}' (no role is spelt so). */
    private static final String IDIOMS = "*idioms";

    private final double[][] thresholds; // [kind][bucket]
    private final java.util.Map<String, double[]> roleThresholds; // kind ordinal + "/" + role -> [bucket]
    private final List<String> description;
    /** What chance pairs of each (kind, size bucket) reached: median and robust spread (NaN: not calibrated). */
    private final double[][] medians;
    private final double[][] spreads;

    private RequiredSimilarity(double[][] thresholds, List<String> description) {
        this(thresholds, java.util.Map.of(), description, null, null);
    }

    private RequiredSimilarity(double[][] thresholds, java.util.Map<String, double[]> roleThresholds,
                               List<String> description, double[][] medians, double[][] spreads) {
        this.thresholds = thresholds;
        this.roleThresholds = roleThresholds;
        this.description = List.copyOf(description);
        this.medians = medians;
        this.spreads = spreads;
    }

    /**
     * What a unit is in its code base, read from its class's name: the last word (lower case, digits aside) of the
     * (innermost) class's simple name, "Impl" skipped ({@code SysRoleController#getRolePage} and {@code GenDsConfController} are controllers,
     * {@code SysRoleServiceImpl} a service); null when the name has no word.
     */
    static String role(dev.platformscan.engine.parse.CodeUnit unit) {
        List<String> words = dev.platformscan.engine.fingerprint.NameWords.of(UnitSymbols.simpleClassName(unit.symbol()));
        words.removeIf(word -> !Character.isLetter(word.charAt(0)));
        if (words.size() > 1 && words.get(words.size() - 1).equals("impl")) {
            words.remove(words.size() - 1);
        }
        return words.isEmpty() ? null : words.get(words.size() - 1);
    }

    /** The same threshold for every pair: no calibration. */
    static RequiredSimilarity uniform(double minSimilarity) {
        double[][] flat = new double[Kind.values().length][BUCKET_FLOORS.length];
        for (Kind kind : Kind.values()) {
            Arrays.fill(flat[kind.ordinal()], floor(kind, minSimilarity));
        }
        return new RequiredSimilarity(flat, List.of());
    }

    /** The lowest bar of a kind: the base threshold, raised for literal comparisons. */
    static double floor(Kind kind, double minSimilarity) {
        return kind == Kind.LITERAL_TYPES ? Math.min(1.0, minSimilarity + LITERAL_MARGIN) : minSimilarity;
    }

    /** The threshold a pair of units of this kind and these lengths must reach. */
    double forPair(Kind kind, int tokensA, int tokensB) {
        return thresholds[kind.ordinal()][bucket(Math.min(tokensA, tokensB))];
    }

    /** True when some bucket counts only identical token text (its bar is above 1.0). */
    boolean anyIdenticalOnly() {
        for (double[] kind : thresholds) {
            for (double bar : kind) {
                if (bar > 1.0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The threshold a pair of these two groups must reach. */
    double forPair(UnitGroup a, UnitGroup b) {
        return forPair(a.representative().unit(), b.representative().unit());
    }

    /**
     * The bar calibrated on units made of idioms ({@link #withIdioms}) for a pair of these two groups' kind and size,
     * which a pair that shares only idioms must reach besides its own ({@link #forPair(UnitGroup, UnitGroup)}); 0 when
     * nothing was calibrated for it.
     */
    double ofIdioms(UnitGroup a, UnitGroup b) {
        dev.platformscan.engine.parse.CodeUnit unitA = a.representative().unit();
        double[] bars = roleThresholds.get(Kind.of(unitA).ordinal() + "/" + IDIOMS);
        return bars == null ? 0 : bars[bucket(Math.min(unitA.tokens(), b.representative().unit().tokens()))];
    }

    /**
     * These bars, and a bar for pairs that share only the code base's idioms ({@link #ofIdioms}). Units made of
     * idioms (every gram, or all but a few, common in the code base: {@link CandidateIndex.Sketches#idiomsOnly}) are
     * alike by construction (Spring Integration's XML parsers all read attributes into bean definitions the same way),
     * so the bar is calibrated on them the way a role's is: random pairs of them, their median's shift over their
     * size's median. Without calibration (no medians) the bars stay as they are.
     */
    RequiredSimilarity withIdioms(List<UnitGroup> groups, java.util.function.IntPredicate idiomsOnly,
                                  double minSimilarity, double chanceMatchRate, Scope scope,
                                  ExecutorService executor) throws InterruptedException {
        if (medians == null) {
            return this;
        }
        double z = upperNormalQuantile(chanceMatchRate);
        java.util.Map<String, double[]> bars = new java.util.concurrent.ConcurrentHashMap<>(roleThresholds);
        List<Callable<String>> tasks = new ArrayList<>();
        for (Kind kind : List.of(Kind.METHODS, Kind.TYPES)) {
            List<UnitGroup> ofKind = new ArrayList<>();
            for (UnitGroup group : groups) {
                if (idiomsOnly.test(group.index()) && Kind.of(group) == kind) {
                    ofKind.add(group);
                }
            }
            tasks.add(() -> calibrateRole(IDIOMS, ofKind, kind, minSimilarity, z, scope, thresholds[kind.ordinal()],
                    medians[kind.ordinal()], spreads[kind.ordinal()], bars));
        }
        List<String> lines = new ArrayList<>(description);
        for (String line : run(tasks, executor)) {
            if (line != null) {
                lines.add(line.replace("of role " + IDIOMS, "made of idioms"));
            }
        }
        return new RequiredSimilarity(thresholds, new java.util.TreeMap<>(bars), lines, medians, spreads);
    }

    /** The threshold a pair of these two units must reach: their size's, or their shared role's when higher. */
    double forPair(dev.platformscan.engine.parse.CodeUnit a, dev.platformscan.engine.parse.CodeUnit b) {
        return forPair(Kind.of(a), a, b);
    }

    /** The threshold a pair of these two units must reach compared as {@code kind}. */
    double forPair(Kind kind, dev.platformscan.engine.parse.CodeUnit a, dev.platformscan.engine.parse.CodeUnit b) {
        int shorter = Math.min(a.tokens(), b.tokens());
        double bar = forPair(kind, shorter, shorter);
        String role = role(a);
        if (role != null && role.equals(role(b))) {
            double[] ofRole = roleThresholds.get(kind.ordinal() + "/" + role);
            if (ofRole != null) {
                bar = Math.max(bar, ofRole[bucket(shorter)]);
            }
        }
        return bar;
    }

    /** True when a pair of this kind and length counts only as identical token text (the bucket's bar is above 1.0). */
    boolean onlyIdentical(Kind kind, int tokens) {
        return thresholds[kind.ordinal()][bucket(tokens)] > 1.0;
    }


    /** One line per calibrated bucket, for the log. */
    List<String> description() {
        return description;
    }

    static int bucket(int tokens) {
        int bucket = 0;
        while (bucket + 1 < BUCKET_FLOORS.length && tokens >= BUCKET_FLOORS[bucket + 1]) {
            bucket++;
        }
        return bucket;
    }

    /**
     * Calibrates on the groups' representatives (one per distinct normalized sequence). Deterministic: a fixed
     * seed and the groups' fixed order.
     *
     * @param chanceMatchRate the share of unrelated pairs of a size that may pass; 0 turns calibration off
     */
    static RequiredSimilarity calibrate(List<UnitGroup> groups, double minSimilarity, double chanceMatchRate,
                                        Scope scope) {
        try {
            return calibrate(groups, minSimilarity, chanceMatchRate, scope, null);
        } catch (InterruptedException e) {
            throw new IllegalStateException("not reached: no executor", e);
        }
    }

    /**
     * Calibrates every (kind, size bucket) as its own task on {@code executor} (inline when null); the result does
     * not depend on the threads: each bucket draws from its own seeded random sequence.
     */
    static RequiredSimilarity calibrate(List<UnitGroup> groups, double minSimilarity, double chanceMatchRate,
                                        Scope scope, ExecutorService executor) throws InterruptedException {
        if (chanceMatchRate <= 0) {
            return uniform(minSimilarity);
        }
        double z = upperNormalQuantile(chanceMatchRate);
        double[][] thresholds = new double[Kind.values().length][BUCKET_FLOORS.length];
        double[][] medians = new double[Kind.values().length][BUCKET_FLOORS.length];
        double[][] spreads = new double[Kind.values().length][BUCKET_FLOORS.length];
        for (double[] m : medians) {
            Arrays.fill(m, Double.NaN);
        }
        java.util.Map<Kind, List<UnitGroup>> byKind = new java.util.EnumMap<>(Kind.class);
        List<Callable<String>> tasks = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<UnitGroup> ofKind = new ArrayList<>();
            for (UnitGroup group : groups) {
                if (Kind.of(group) == kind && group.searchable()) {
                    ofKind.add(group);
                }
            }
            ofKind.sort((a, b) -> a.representative().unit().tokens() != b.representative().unit().tokens()
                    ? Integer.compare(a.representative().unit().tokens(), b.representative().unit().tokens())
                    : Integer.compare(a.index(), b.index()));
            byKind.put(kind, ofKind);
            int[] lengths = new int[ofKind.size()];
            for (int i = 0; i < lengths.length; i++) {
                lengths[i] = ofKind.get(i).representative().unit().tokens();
            }
            double floor = floor(kind, minSimilarity);
            Arrays.fill(thresholds[kind.ordinal()], floor);
            for (int b = 0; b < BUCKET_FLOORS.length; b++) {
                int bucket = b;
                tasks.add(() -> calibrateBucket(ofKind, lengths, kind, bucket, floor, z, scope,
                        thresholds[kind.ordinal()], medians[kind.ordinal()], spreads[kind.ordinal()]));
            }
        }
        List<String> description = run(tasks, executor);
        // too few types of a size to calibrate on (a small code base's small classes): they face at least the bar
        // measured on the methods of that size, whose chance similarity is of the same nature
        int buckets = BUCKET_FLOORS.length;
        for (int b = 0; b < buckets; b++) {
            int types = Kind.TYPES.ordinal() * buckets + b;
            int methods = Kind.METHODS.ordinal() * buckets + b;
            if (description.get(types) == null && description.get(methods) != null
                    && thresholds[Kind.METHODS.ordinal()][b] > thresholds[Kind.TYPES.ordinal()][b]) {
                thresholds[Kind.TYPES.ordinal()][b] = thresholds[Kind.METHODS.ordinal()][b];
                description.set(types, String.format(Locale.ROOT, "types of %s tokens: too few to calibrate, the "
                        + "methods' bar of that size -> required similarity %.3f", bucketName(b),
                        thresholds[Kind.TYPES.ordinal()][b]));
            }
        }
        description.removeIf(java.util.Objects::isNull);
        java.util.Map<String, double[]> roleThresholds = new java.util.concurrent.ConcurrentHashMap<>();
        List<Callable<String>> roleTasks = new ArrayList<>();
        for (Kind kind : List.of(Kind.METHODS, Kind.TYPES)) {
            java.util.Map<String, List<UnitGroup>> byRole = new java.util.TreeMap<>();
            for (UnitGroup group : byKind.get(kind)) {
                String role = role(group.representative().unit());
                if (role != null) {
                    byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(group);
                }
            }
            for (java.util.Map.Entry<String, List<UnitGroup>> role : byRole.entrySet()) {
                if (role.getValue().size() >= MIN_ROLE_GROUPS) {
                    roleTasks.add(() -> calibrateRole(role.getKey(), role.getValue(), kind, minSimilarity, z, scope,
                            thresholds[kind.ordinal()], medians[kind.ordinal()], spreads[kind.ordinal()],
                            roleThresholds));
                }
            }
        }
        for (String line : run(roleTasks, executor)) {
            if (line != null) {
                description.add(line);
            }
        }
        return new RequiredSimilarity(thresholds, new java.util.TreeMap<>(roleThresholds), description, medians, spreads);
    }

    /** Runs the tasks on the executor (inline when null); their results in task order (nulls kept). */
    private static List<String> run(List<Callable<String>> tasks, ExecutorService executor) throws InterruptedException {
        List<String> results = new ArrayList<>(tasks.size());
        if (executor == null) {
            for (Callable<String> task : tasks) {
                try {
                    results.add(task.call());
                } catch (Exception e) {
                    throw new IllegalStateException("calibration failed", e);
                }
            }
            return results;
        }
        for (Future<String> future : executor.invokeAll(tasks)) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                throw new IllegalStateException("calibration failed", e.getCause());
            }
        }
        return results;
    }

    static final int MIN_ROLE_GROUPS = 12;
    /**
     * Random pairs drawn per role: its shift is a median, which 120 pairs pin within about 0.006 (a role's pairs
     * spread about 0.05); more only cost time on large code bases with hundreds of roles.
     */
    static final int ROLE_SAMPLES = 120;
    /**
     * A role's shift is measured on its units up to this many tokens (large classes cost an LCS of their size each and
     * sit in the same role as the small ones); larger units of the role face the same shift.
     */
    static final int ROLE_SAMPLE_TOKENS = 1_000;
    static final int MIN_ROLE_SAMPLES = 40;

    private static String calibrateRole(String role, List<UnitGroup> groups, Kind kind, double minSimilarity, double z,
                                        Scope scope, double[] thresholds, double[] medians, double[] spreads,
                                        java.util.Map<String, double[]> roleThresholds) {
        if (groups.size() < MIN_ROLE_GROUPS) {
            return null;
        }
        SimilarityVerifier verifier = new SimilarityVerifier(0);
        SplittableRandom random = new SplittableRandom(SEED ^ role.hashCode() ^ (kind.ordinal() * 7919L));
        int wanted = Math.min(ROLE_SAMPLES, groups.size() * (groups.size() - 1) / 2);
        double[] excess = new double[wanted];
        int drawn = 0;
        for (int attempt = 0; attempt < wanted * 4 && drawn < wanted; attempt++) {
            UnitGroup first = groups.get(random.nextInt(groups.size()));
            UnitGroup second = groups.get(random.nextInt(groups.size()));
            if (first == second) {
                continue;
            }
            int a = first.representative().unit().tokens();
            int b = second.representative().unit().tokens();
            int shorter = Math.min(a, b);
            if (shorter < Math.max(a, b) * minSimilarity / (2 - minSimilarity) || Double.isNaN(medians[bucket(shorter)])
                    || Math.max(a, b) > ROLE_SAMPLE_TOKENS) {
                continue;
            }
            if (scope == Scope.CROSS_MODULE && first.singleModule() != null
                    && first.singleModule().equals(second.singleModule())) {
                continue;
            }
            excess[drawn++] = verifier.similarity(first.representative().unit().fingerprint().normalizedTokens(),
                    second.representative().unit().fingerprint().normalizedTokens()) - medians[bucket(shorter)];
        }
        if (drawn < MIN_ROLE_SAMPLES) {
            return null;
        }
        double[] sorted = Arrays.copyOf(excess, drawn);
        Arrays.sort(sorted);
        double shift = quantile(sorted, 0.5);
        if (shift <= 0) {
            return null; // no more alike than the rest of the code: the size's bar holds
        }
        double[] bars = new double[BUCKET_FLOORS.length];
        StringBuilder text = new StringBuilder();
        for (int b = 0; b < bars.length; b++) {
            bars[b] = Double.isNaN(medians[b]) ? thresholds[b]
                    : Math.max(thresholds[b], round(medians[b] + shift + z * spreads[b]));
            text.append(String.format(Locale.ROOT, " %s:%.3f", bucketName(b), bars[b]));
        }
        roleThresholds.put(kind.ordinal() + "/" + role, bars);
        return String.format(Locale.ROOT, "%s of role %s (%d units): %d random pairs, median %+.3f over their size's "
                + "-> required similarity%s", kind.label, role, groups.size(), drawn, shift, text);
    }

    /** Sets the bucket's threshold in {@code thresholds}; returns its log line, or null when too little code. */
    private static String calibrateBucket(List<UnitGroup> kind, int[] lengths, Kind unitKind, int b,
                                          double minSimilarity, double z, Scope scope, double[] thresholds,
                                          double[] medians, double[] spreads) {
        int from = lowerBound(lengths, BUCKET_FLOORS[b]);
        int to = b + 1 < BUCKET_FLOORS.length ? lowerBound(lengths, BUCKET_FLOORS[b + 1]) : lengths.length;
        if (to - from < 20) {
            return null;
        }
        SimilarityVerifier verifier = new SimilarityVerifier(0);
        SplittableRandom random = new SplittableRandom(SEED ^ (b * 31L + unitKind.ordinal() * 7L));
        int samples = BUCKET_FLOORS[b] >= 2 * LARGE_UNITS ? SAMPLES / 8 : BUCKET_FLOORS[b] >= LARGE_UNITS ? SAMPLES / 4 : SAMPLES;
        double[] sample = new double[samples];
        int drawn = 0;
        long partners = 0;
        for (int attempt = 0; attempt < samples * 3 && drawn < samples; attempt++) {
            int a = from + random.nextInt(to - from);
            int length = lengths[a];
            // partners whose length leaves room for the base threshold, as the candidate search offers them
            int low = lowerBound(lengths, (int) Math.ceil(length * minSimilarity / (2 - minSimilarity)));
            int high = lowerBound(lengths, (int) Math.floor(length * (2 - minSimilarity) / minSimilarity) + 1);
            if (high - low < 2) {
                continue;
            }
            int p = low + random.nextInt(high - low);
            if (p == a) {
                continue;
            }
            UnitGroup first = kind.get(a);
            UnitGroup second = kind.get(p);
            if (scope == Scope.CROSS_MODULE && first.singleModule() != null
                    && first.singleModule().equals(second.singleModule())) {
                continue;
            }
            partners += high - low;
            sample[drawn++] = verifier.similarity(first.representative().unit().fingerprint().normalizedTokens(),
                    second.representative().unit().fingerprint().normalizedTokens());
        }
        if (drawn < MIN_SAMPLES) {
            return null;
        }
        double[] sorted = Arrays.copyOf(sample, drawn);
        Arrays.sort(sorted);
        double median = quantile(sorted, 0.5);
        double spread = (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / 1.349;
        double chanceBar = median + z * spread;
        medians[b] = median;
        spreads[b] = spread;
        thresholds[b] = Math.max(minSimilarity, round(chanceBar));
        return String.format(Locale.ROOT,
                "%s of %s tokens (%d units, %d partners each): %d random pairs, median %.3f, spread %.3f, p99 %.3f, "
                        + "p99.9 %.3f, max %.3f -> required similarity %.3f",
                unitKind.label, bucketName(b),
                to - from, partners / drawn, drawn, median, spread, quantile(sorted, 0.99), quantile(sorted, 0.999),
                sorted[drawn - 1], thresholds[b]);
    }

    private static String bucketName(int b) {
        return b + 1 < BUCKET_FLOORS.length ? Math.max(BUCKET_FLOORS[b], 1) + "-" + (BUCKET_FLOORS[b + 1] - 1)
                : BUCKET_FLOORS[b] + "+";
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static int lowerBound(int[] sorted, int value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < value) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(sorted.length - 1, lower + 1);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
    }

    /** z with P(Z > z) = p for a standard normal Z (Acklam's rational approximation, error below 1e-9). */
    static double upperNormalQuantile(double p) {
        double q = 1 - p;
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
                -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
                -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
                4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        if (q > 1 - 0.02425) {
            double r = Math.sqrt(-2 * Math.log(1 - q));
            return -(((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5])
                    / ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
        }
        if (q < 0.02425) {
            double r = Math.sqrt(-2 * Math.log(q));
            return (((((c[0] * r + c[1]) * r + c[2]) * r + c[3]) * r + c[4]) * r + c[5])
                    / ((((d[0] * r + d[1]) * r + d[2]) * r + d[3]) * r + 1);
        }
        double r = q - 0.5;
        double s = r * r;
        return (((((a[0] * s + a[1]) * s + a[2]) * s + a[3]) * s + a[4]) * s + a[5]) * r
                / (((((b[0] * s + b[1]) * s + b[2]) * s + b[3]) * s + b[4]) * s + 1);
    }

}
