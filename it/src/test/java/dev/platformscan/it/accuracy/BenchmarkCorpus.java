package dev.platformscan.it.accuracy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The originals sampled from the library sources and their mutants, made deterministically from one
 * seed (mutants are made in parallel, each original with its own seeded random).
 *
 * @param originals  unrelated real methods
 * @param mutants    per edit class, at most one mutant per original
 * @param sampling   what sampling saw
 */
record BenchmarkCorpus(List<OriginalMethod> originals, Map<EditClass, List<Mutant>> mutants,
                       CorpusSampler.Statistics sampling) {

    static BenchmarkCorpus build(Path sources, int originalCount, long seed) {
        CorpusSampler sampler = new CorpusSampler(seed);
        List<OriginalMethod> originals = sampler.sample(sources, originalCount);
        MethodMutator mutator = new MethodMutator(seed, MethodMutator.donorStatements(originals, 3));
        List<Map<EditClass, Mutant>> perOriginal = originals.parallelStream().map(mutator::mutate).toList();
        Map<EditClass, List<Mutant>> mutants = new EnumMap<>(EditClass.class);
        for (EditClass editClass : EditClass.values()) {
            mutants.put(editClass, new ArrayList<>());
        }
        for (Map<EditClass, Mutant> byClass : perOriginal) {
            byClass.forEach((editClass, mutant) -> mutants.get(editClass).add(mutant));
        }
        return new BenchmarkCorpus(originals, mutants, sampler.statistics());
    }
}
