package dev.platformscan.engine.cluster;

import dev.platformscan.engine.fingerprint.NameWords;
import dev.platformscan.engine.parse.JavaLexer;
import dev.platformscan.engine.parse.JavaTokens;
import dev.platformscan.engine.parse.ParsedFile;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a unit's identifiers ({@code sysPostService}: sys, post, service), its own type or constructor name
 * left out (a class copied under a new name names that name only in its declaration): which entities its code talks
 * about, for {@link TemplateSlot}; and its whole names, weighted by how rare they are in the code base, for the rare
 * names a copy keeps ({@link #sharedRareNames}, {@link PairEvidence}). Read lazily, from the unit's lines of its file lexed again, because only the units
 * of pairs that pass the similarity bar ever need them: kept for every unit at parse time they cost a tenth of a cold
 * scan. Thread-safe; a file that cannot be read again gives no words.
 */
final class IdentifierWords {
    private static final int DOT = com.github.javaparser.GeneratedJavaParserConstants.DOT;
    private static final int CLASS = com.github.javaparser.GeneratedJavaParserConstants.CLASS;
    private static final int INTERFACE = com.github.javaparser.GeneratedJavaParserConstants.INTERFACE;
    private static final int ENUM = com.github.javaparser.GeneratedJavaParserConstants.ENUM;
    private static final int EXTENDS = com.github.javaparser.GeneratedJavaParserConstants.EXTENDS;
    private static final int IMPLEMENTS = com.github.javaparser.GeneratedJavaParserConstants.IMPLEMENTS;
    private static final int LT = com.github.javaparser.GeneratedJavaParserConstants.LT;
    private static final int GT = com.github.javaparser.GeneratedJavaParserConstants.GT;
    private static final int LBRACE = com.github.javaparser.GeneratedJavaParserConstants.LBRACE;
    private static final int AT = com.github.javaparser.GeneratedJavaParserConstants.AT;
    private static final int LPAREN = com.github.javaparser.GeneratedJavaParserConstants.LPAREN;
    private static final int RPAREN = com.github.javaparser.GeneratedJavaParserConstants.RPAREN;
    private static final int STRING_LITERAL = com.github.javaparser.GeneratedJavaParserConstants.STRING_LITERAL;
    /** Annotations that map a type to a table (JPA, MyBatis-Plus, Spring Data JDBC and MongoDB, MyBatis-Flex). */
    private static final Set<String> TABLE_ANNOTATIONS = Set.of("Table", "TableName", "Document");
    private final List<ParsedFile> files;
    private final ConcurrentHashMap<Integer, Words> ofUnit = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, JavaTokens> ofFile = new ConcurrentHashMap<>();

    IdentifierWords(List<ParsedFile> files) {
        this.files = files;
    }

    /**
     * Sorted distinct {@link NameWords#hash}es of the words of a unit's identifiers, and of those of them that name
     * something the unit uses: a type (an upper-case letter, then a lower-case one: {@code NewBeeMallOrder}), a
     * receiver ({@code goodsMapper.}) or a member of one ({@code .findGoodsList}); for a class, the simple names of
     * the interfaces it implements ({@code implemented}; type arguments left out), empty for other units; for a
     * persistent entity, the table (or collection) it is mapped to ({@code mappedTable}, else null).
     */
    record Words(int[] all, int[] outsideAnnotations, int[] ofUses, int[] names, int[] typesAndMembers,
                 java.util.Set<String> implemented, String mappedTable) {
    }

    /**
     * How much of its identifiers the smaller unit shares with the other, each name weighted by how rare it is in the
     * rest of the code base: {@code ln((files + 1) / (files naming it + 1))}, counted over an even sample of the scan's
     * files ({@link #RARITY_SAMPLE}) other than the two units' own. A name many other files use ({@code success},
     * {@code BeanUtils}, {@code id}) weighs little, a name no other file uses ({@code createLoginLog}, a copy's own
     * helper) most. The weight both share over the weight of the lighter unit's names (a weighted containment: lines
     * added to one copy do not count against it); 1 when neither names anything the other files do not all use, or
     * when fewer than {@link #MIN_OTHER_FILES} other files were sampled (nothing to weigh against).
     */
    double sharedRareNames(IndexedUnit a, IndexedUnit b) {
        return weightedContainment(a, b, of(a).names(), of(b).names());
    }

    /**
     * {@link #sharedRareNames} over the types a unit names and the members it reaches through a dot
     * ({@code LoginLogCreateReqDTO}, {@code .setUserIp}): what a copy keeps when its locals, parameters and own name
     * are renamed.
     */
    double sharedRareTypesAndMembers(IndexedUnit a, IndexedUnit b) {
        return weightedContainment(a, b, of(a).typesAndMembers(), of(b).typesAndMembers());
    }

    private double weightedContainment(IndexedUnit a, IndexedUnit b, int[] left, int[] right) {
        NameRarity rarity = rarity();
        List<int[]> own = new java.util.ArrayList<>(2); // the units' own files do not say how common a name is
        if (rarity.sampled(a.fileIndex())) {
            own.add(rarity.namesOf(a.fileIndex()));
        }
        if (b.fileIndex() != a.fileIndex() && rarity.sampled(b.fileIndex())) {
            own.add(rarity.namesOf(b.fileIndex()));
        }
        int otherFiles = rarity.files() - own.size();
        if (otherFiles < MIN_OTHER_FILES) {
            return 1; // too few other files to tell a common name from a rare one: no evidence either way
        }
        double shared = 0;
        double onlyLeft = 0;
        double onlyRight = 0;
        int i = 0;
        int j = 0;
        while (i < left.length || j < right.length) {
            if (j == right.length || i < left.length && left[i] < right[j]) {
                onlyLeft += rarity.weight(left[i++], own, otherFiles);
            } else if (i == left.length || right[j] < left[i]) {
                onlyRight += rarity.weight(right[j++], own, otherFiles);
            } else {
                shared += rarity.weight(left[i], own, otherFiles);
                i++;
                j++;
            }
        }
        double smaller = shared + Math.min(onlyLeft, onlyRight);
        return smaller == 0 ? 1 : shared / smaller;
    }

    /** Files read for how common a name is: all of a code base this small, else every n-th file, at most this many. */
    static final int RARITY_SAMPLE = 1_000;
    /**
     * Fewer sampled files than this besides the pair's own say nothing about how common a name is: the rule is then met
     * (a code base of a few files, a test repository).
     */
    static final int MIN_OTHER_FILES = 8;

    /**
     * For each name (a {@link String#hashCode}), in how many of the sampled files it occurs, and each sampled file's
     * names (sorted); the sample is every {@code stride}-th file of the scan.
     */
    private record NameRarity(java.util.Map<Integer, Integer> filesNaming, java.util.Map<Integer, int[]> namesOfFile,
                              int files) {
        boolean sampled(int fileIndex) {
            return namesOfFile.containsKey(fileIndex);
        }

        int[] namesOf(int fileIndex) {
            return namesOfFile.get(fileIndex);
        }

        /** The name's weight among {@code otherFiles}: the files naming it, the pair's {@code own} files left out. */
        double weight(int name, List<int[]> own, int otherFiles) {
            int naming = filesNaming.getOrDefault(name, 0);
            for (int[] names : own) {
                if (Arrays.binarySearch(names, name) >= 0) {
                    naming--;
                }
            }
            return Math.log((otherFiles + 1.0) / (Math.min(otherFiles, Math.max(0, naming)) + 1.0));
        }
    }

    private volatile NameRarity rarity;

    private NameRarity rarity() {
        NameRarity known = rarity;
        if (known == null) {
            synchronized (this) {
                known = rarity;
                if (known == null) {
                    known = countNames();
                    rarity = known;
                }
            }
        }
        return known;
    }

    /**
     * Counts the names of every n-th file in scan order: the same sample whatever the thread count. Built once, by the
     * first verification thread that needs it (the others wait): lexing the sample takes a small share of a cold scan.
     */
    private NameRarity countNames() {
        int stride = Math.max(1, (files.size() + RARITY_SAMPLE - 1) / RARITY_SAMPLE);
        java.util.Map<Integer, Integer> filesNaming = new java.util.HashMap<>();
        java.util.Map<Integer, int[]> namesOfFile = new java.util.HashMap<>();
        for (int f = 0; f < files.size(); f += stride) {
            JavaTokens tokens = lex(f);
            Hashes names = new Hashes();
            for (int t = 0; t < tokens.size(); t++) {
                String word = tokens.word(t);
                if (word != null) {
                    names.add(word.hashCode());
                }
            }
            int[] distinct = names.distinctSorted();
            namesOfFile.put(f, distinct);
            for (int name : distinct) {
                filesNaming.merge(name, 1, Integer::sum);
            }
        }
        return new NameRarity(filesNaming, namesOfFile, namesOfFile.size());
    }

    Words of(IndexedUnit unit) {
        return ofUnit.computeIfAbsent(unit.id(), id -> read(unit));
    }

    private Words read(IndexedUnit unit) {
        if (ofFile.size() > 256) {
            ofFile.clear(); // lexed files are kept only while their units are read (a group's members share files)
        }
        JavaTokens tokens = ofFile.computeIfAbsent(unit.fileIndex(), this::lex);
        String ownName = ownName(unit);
        Hashes words = new Hashes();
        Hashes used = new Hashes();
        Hashes names = new Hashes();
        Hashes typesAndMembers = new Hashes();
        Hashes outsideAnnotations = new Hashes();
        int annotationEnd = -1;
        for (int t = firstOnLine(tokens, unit.unit().startLine());
             t < tokens.size() && tokens.line(t) <= unit.unit().endLine(); t++) {
            if (tokens.kind(t) == AT) {
                annotationEnd = tokens.annotationEnd(t);
            }
            String word = tokens.word(t);
            if (word == null || word.equals(ownName)) {
                continue;
            }
            names.add(word.hashCode());
            boolean typeOrMember = namesType(word) || t > 0 && tokens.kind(t - 1) == DOT;
            if (typeOrMember) {
                typesAndMembers.add(word.hashCode());
            }
            boolean isUsed = typeOrMember || t + 1 < tokens.size() && tokens.kind(t + 1) == DOT; // or a receiver
            for (String part : NameWords.of(word)) {
                words.add(NameWords.hash(part));
                if (t > annotationEnd) {
                    outsideAnnotations.add(NameWords.hash(part));
                }
                if (isUsed) {
                    used.add(NameWords.hash(part));
                }
            }
        }
        boolean type = unit.unit().kind().isType();
        int first = firstOnLine(tokens, unit.unit().startLine());
        return new Words(words.distinctSorted(), outsideAnnotations.distinctSorted(), used.distinctSorted(),
                names.distinctSorted(), typesAndMembers.distinctSorted(),
                type ? implemented(tokens, first) : Set.of(), type ? mappedTable(tokens, first, ownName) : null);
    }

    /**
     * The table the type declared from token {@code from} on is mapped to, read from the annotations before its
     * {@code class} keyword: the first string of {@code @Table}, {@code @TableName} or {@code @Document} (its name,
     * value or collection), else the name of {@code @Entity(name = ...)}, else, for an entity annotated without one,
     * its own name (the default mapping); null when it carries none of them.
     */
    private static String mappedTable(JavaTokens tokens, int from, String ownName) {
        String table = null;
        String entityName = null;
        boolean entity = false;
        for (int t = from; t < tokens.size(); t++) {
            int kind = tokens.kind(t);
            if (kind == CLASS || kind == INTERFACE || kind == ENUM || kind == LBRACE || "record".equals(tokens.word(t))) {
                break;
            }
            if (kind != AT || t + 1 >= tokens.size() || tokens.kind(t + 1) == INTERFACE) {
                continue;
            }
            int end = tokens.annotationEnd(t);
            String name = tokens.word(tokens.annotationNameEnd(t));
            boolean mapsTable = TABLE_ANNOTATIONS.contains(name);
            if (mapsTable || "Entity".equals(name)) {
                entity = true;
                String value = firstString(tokens, t, end);
                if (mapsTable && table == null) {
                    table = value;
                } else if (!mapsTable) {
                    entityName = value;
                }
            }
            t = end;
        }
        if (!entity) {
            return null;
        }
        String mapped = table != null ? table : entityName != null ? entityName : ownName;
        return mapped == null ? null : mapped.toLowerCase(java.util.Locale.ROOT);
    }

    /** The text of the first string literal between two tokens, quotes removed, or null. */
    private static String firstString(JavaTokens tokens, int from, int to) {
        for (int t = from; t <= to; t++) {
            if (tokens.kind(t) == STRING_LITERAL) {
                String image = tokens.image(t);
                return image.substring(1, image.length() - 1);
            }
        }
        return null;
    }

    /**
     * The simple names after {@code implements} in the header of the type declared from token {@code from} on: after
     * its {@code class}, {@code interface}, {@code enum} or {@code record} keyword, up to its body's brace; type
     * arguments and package qualifiers left out.
     */
    private static Set<String> implemented(JavaTokens tokens, int from) {
        Set<String> names = new java.util.TreeSet<>();
        boolean header = false;
        boolean listing = false;
        int angles = 0;
        for (int t = from; t < tokens.size(); t++) {
            int kind = tokens.kind(t);
            if (!header) {
                header = kind == CLASS || kind == INTERFACE || kind == ENUM || "record".equals(tokens.word(t));
                continue;
            }
            if (kind == LBRACE) {
                break;
            }
            if (kind == EXTENDS || kind == IMPLEMENTS) {
                listing = kind == IMPLEMENTS;
            } else if (kind == LT) {
                angles++;
            } else if (kind == GT) {
                angles = Math.max(0, angles - 1);
            } else if (listing && angles == 0 && tokens.word(t) != null
                    && (t + 1 >= tokens.size() || tokens.kind(t + 1) != DOT)) {
                names.add(tokens.word(t));
            }
        }
        return names;
    }

    /** A type's name by the convention: an upper-case letter, then a lower-case one ({@code NewBeeMallOrder}). */
    private static boolean namesType(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1));
    }

    /** Word hashes as they are read; sorted and each once at the end. */
    private static final class Hashes {
        private int[] values = new int[16];
        private int count;

        void add(int hash) {
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = hash;
        }

        int[] distinctSorted() {
            return dev.platformscan.engine.fingerprint.SortedSets.distinctSorted(values, count);
        }
    }

    /** The first token on or after {@code line} (tokens are in line order). */
    private static int firstOnLine(JavaTokens tokens, int line) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.line(middle) < line) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** A type's or constructor's own simple name, else null. */
    private static String ownName(IndexedUnit unit) {
        if (unit.unit().kind() == dev.platformscan.engine.parse.UnitKind.METHOD) {
            return null;
        }
        return UnitSymbols.simpleClassName(unit.unit().symbol());
    }

    private JavaTokens lex(int fileIndex) {
        ParsedFile file = files.get(fileIndex);
        try {
            byte[] bytes = Files.readAllBytes(file.source().path());
            String text = file.source().charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
            return JavaLexer.lex(text);
        } catch (java.io.IOException | RuntimeException e) {
            return JavaLexer.lex("");
        }
    }
}
