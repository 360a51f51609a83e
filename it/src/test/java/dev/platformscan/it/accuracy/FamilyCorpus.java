package dev.platformscan.it.accuracy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the family benchmark writes: families (an original and its variants, {@link FamilyGenerator}) and
 * distractors (other real originals, each once). Originals and distractors are sampled together by the
 * accuracy benchmark's {@link CorpusSampler} (up to {@link #PER_FILE} per file), so no two of them are 0.70 or more alike; the family
 * originals are drawn (seeded) among those of {@link #MIN_ROOT_TOKENS} to {@link #MAX_ROOT_TOKENS}
 * normalized tokens, long enough to be edited far.
 *
 * @param families    per family, its original first, then its variants
 * @param distractors the other originals
 * @param sampling    what sampling saw
 */
record FamilyCorpus(List<List<FamilyUnit>> families, List<FamilyUnit> distractors, CorpusSampler.Statistics sampling) {

    /** Methods taken per source file: the accuracy benchmark's 2 give about 650 unrelated originals only. */
    static final int PER_FILE = 8;
    static final int MIN_ROOT_TOKENS = 90;
    static final int MAX_ROOT_TOKENS = 400;

    static FamilyCorpus build(Path sources, int familyCount, int variants, int distractorCount, long seed) {
        CorpusSampler sampler = new CorpusSampler(seed, PER_FILE);
        List<OriginalMethod> sampled = sampler.sample(sources, familyCount + distractorCount);
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < sampled.size(); i++) {
            int tokens = sampled.get(i).tokens().size();
            if (tokens >= MIN_ROOT_TOKENS && tokens <= MAX_ROOT_TOKENS) {
                eligible.add(i);
            }
        }
        Collections.shuffle(eligible, new Random(seed));
        Set<Integer> rootIndices = new HashSet<>(eligible.subList(0, Math.min(familyCount, eligible.size())));
        List<OriginalMethod> roots = new ArrayList<>();
        List<FamilyUnit> distractors = new ArrayList<>();
        for (int i = 0; i < sampled.size(); i++) {
            if (rootIndices.contains(i)) {
                roots.add(sampled.get(i));
            } else {
                distractors.add(FamilyUnit.of(sampled.get(i), FamilyUnit.Kind.DISTRACTOR));
            }
        }
        FamilyGenerator generator = new FamilyGenerator(seed, MethodMutator.donorStatements(sampled, 3), variants);
        List<List<FamilyUnit>> families = roots.parallelStream().map(generator::family).toList();
        return new FamilyCorpus(families, distractors, sampler.statistics());
    }

    /**
     * Up to {@code count} eligible methods ({@link CorpusSampler#eligibleMethods}) of the libraries under
     * {@code sources}, all of each file, files in a seeded order, without the ids in {@code skip} and
     * without any similarity filter: plain real code, near-duplicates and overloads included.
     */
    static List<FamilyUnit> plainMethods(Path sources, int count, long seed, Set<String> skip) {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(sources)) {
            walk.filter(path -> path.toString().endsWith(".java")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Random random = new Random(seed ^ 0x5DEECE66DL);
        Collections.shuffle(files, random);
        List<FamilyUnit> methods = new ArrayList<>();
        for (Path file : files) {
            if (methods.size() >= count) {
                break;
            }
            Path relative = sources.relativize(file);
            String library = relative.getName(0).toString();
            String source;
            try {
                source = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            List<OriginalMethod> eligible = new ArrayList<>(CorpusSampler.eligibleMethods(library,
                    relative.subpath(1, relative.getNameCount()).toString().replace('\\', '/'), source));
            Collections.shuffle(eligible, random);
            for (OriginalMethod method : eligible) {
                if (methods.size() < count && !skip.contains(method.id())) {
                    methods.add(FamilyUnit.of(method, FamilyUnit.Kind.DISTRACTOR));
                }
            }
        }
        return methods;
    }

    List<FamilyUnit> units() {
        List<FamilyUnit> units = new ArrayList<>();
        families.forEach(units::addAll);
        units.addAll(distractors);
        return units;
    }
}
