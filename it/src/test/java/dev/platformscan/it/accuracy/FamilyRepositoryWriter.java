package dev.platformscan.it.accuracy;

import dev.platformscan.it.accuracy.BenchmarkRepository.Module;
import dev.platformscan.it.accuracy.BenchmarkRepository.PlacedMethod;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes the family benchmark's repository, like {@link BenchmarkRepositoryWriter}: {@code modules} modules
 * {@code m00}, {@code m01}, ...; every unit of a family goes to a different module (seeded), distractors
 * are dealt out over all modules; each module's methods are shuffled into classes of at most
 * {@link BenchmarkRepositoryWriter#METHODS_PER_CLASS}, no class holding two methods of one signature.
 * Classes mix units of many families, so no class mirrors another (the engine reports method clusters).
 * A {@link PlacedMethod}'s {@code originId} is the id of the {@link FamilyUnit} written there.
 */
final class FamilyRepositoryWriter {

    static final String GROUP_ID = BenchmarkRepositoryWriter.GROUP_ID;

    private static final String IMPORTS = String.join("\n",
            "import java.io.*;", "import java.lang.reflect.*;", "import java.math.*;", "import java.nio.*;",
            "import java.nio.charset.*;", "import java.nio.file.*;", "import java.util.*;",
            "import java.util.concurrent.*;", "import java.util.concurrent.atomic.*;", "import java.util.function.*;",
            "import java.util.regex.*;", "import java.util.stream.*;");

    private final long seed;
    private final int moduleCount;
    private final int methodsPerClass;

    FamilyRepositoryWriter(long seed, int moduleCount) {
        this(seed, moduleCount, BenchmarkRepositoryWriter.METHODS_PER_CLASS);
    }

    FamilyRepositoryWriter(long seed, int moduleCount, int methodsPerClass) {
        this.seed = seed;
        this.moduleCount = moduleCount;
        this.methodsPerClass = methodsPerClass;
    }

    /** Writes the units under {@code root} (deleted first). */
    BenchmarkRepository write(Path root, List<List<FamilyUnit>> families, List<FamilyUnit> distractors) {
        BenchmarkRepositoryWriter.deleteRecursively(root);
        Random random = new Random(seed);
        List<List<FamilyUnit>> perModule = new ArrayList<>();
        for (int m = 0; m < moduleCount; m++) {
            perModule.add(new ArrayList<>());
        }
        List<Integer> indices = new ArrayList<>();
        for (int m = 0; m < moduleCount; m++) {
            indices.add(m);
        }
        for (List<FamilyUnit> family : families) {
            if (family.size() > moduleCount) {
                throw new IllegalArgumentException("a family of " + family.size() + " units needs as many modules");
            }
            Collections.shuffle(indices, random);
            for (int i = 0; i < family.size(); i++) {
                perModule.get(indices.get(i)).add(family.get(i));
            }
        }
        List<FamilyUnit> shuffled = new ArrayList<>(distractors);
        Collections.shuffle(shuffled, random);
        for (FamilyUnit distractor : shuffled) {
            int lightest = 0;
            for (int m = 1; m < moduleCount; m++) {
                if (perModule.get(m).size() < perModule.get(lightest).size()) {
                    lightest = m;
                }
            }
            perModule.get(lightest).add(distractor);
        }
        List<Module> modules = new ArrayList<>();
        List<PlacedMethod> placed = new ArrayList<>();
        for (int m = 0; m < moduleCount; m++) {
            List<FamilyUnit> units = perModule.get(m);
            Collections.shuffle(units, random);
            String name = String.format(Locale.ROOT, "m%02d", m);
            modules.add(writeModule(root, name, classes(units), placed));
        }
        BenchmarkRepositoryWriter.writePoms(root, modules, "family-benchmark");
        return new BenchmarkRepository(root, modules, placed);
    }

    /** Classes of at most {@code methodsPerClass}, balanced, without two methods of one signature in a class. */
    List<List<FamilyUnit>> classes(List<FamilyUnit> units) {
        int count = Math.max(1, (units.size() + methodsPerClass - 1) / methodsPerClass);
        int capacity = (units.size() + count - 1) / count;
        List<List<FamilyUnit>> classes = new ArrayList<>();
        List<Set<String>> signatures = new ArrayList<>();
        for (FamilyUnit unit : units) {
            String signature = BenchmarkRepositoryWriter.signature(unit.text());
            int best = -1;
            for (int c = 0; c < classes.size(); c++) {
                if (classes.get(c).size() < capacity && !signatures.get(c).contains(signature)
                        && (best < 0 || classes.get(c).size() < classes.get(best).size())) {
                    best = c;
                }
            }
            if (best < 0 || (classes.size() < count && !classes.get(best).isEmpty())) {
                classes.add(new ArrayList<>());
                signatures.add(new HashSet<>());
                best = classes.size() - 1;
            }
            classes.get(best).add(unit);
            signatures.get(best).add(signature);
        }
        return classes;
    }

    private static Module writeModule(Path root, String moduleName, List<List<FamilyUnit>> classes,
                                      List<PlacedMethod> placed) {
        Path directory = root.resolve(moduleName);
        Path sourceRoot = directory.resolve("src/main/java");
        String packageName = GROUP_ID + "." + moduleName;
        Path packageDir = sourceRoot.resolve(packageName.replace('.', '/'));
        String moduleId = GROUP_ID + ":" + moduleName;
        for (int c = 0; c < classes.size(); c++) {
            String className = String.format(Locale.ROOT, "Units%s%02d", moduleName.toUpperCase(Locale.ROOT), c + 1);
            Path file = packageDir.resolve(className + ".java");
            String relativeFile = root.relativize(file).toString().replace('\\', '/');
            StringBuilder source = new StringBuilder();
            source.append("package ").append(packageName).append(";\n\n").append(IMPORTS).append("\n\n")
                    .append("@SuppressWarnings(\"all\")\n")
                    .append("public class ").append(className).append(" {\n");
            int line = Texts.lineCount(source.toString());
            for (FamilyUnit unit : classes.get(c)) {
                source.append('\n');
                line++;
                String indented = Texts.indent(unit.text(), "    ");
                int start = line;
                int end = start + Texts.lineCount(indented) - 1;
                source.append(indented).append('\n');
                line = end + 1;
                placed.add(new PlacedMethod(unit.id(), null, moduleId, relativeFile, packageName + "." + className,
                        unit.name(), start, end));
            }
            source.append("}\n");
            BenchmarkRepositoryWriter.write(file, source.toString());
        }
        return new Module(moduleId, moduleName, directory, sourceRoot);
    }

    /** Where each unit went, by unit id. */
    static Map<String, PlacedMethod> placement(BenchmarkRepository repository) {
        Map<String, PlacedMethod> byId = new LinkedHashMap<>();
        repository.methods().forEach(method -> byId.put(method.originId(), method));
        return byId;
    }
}
