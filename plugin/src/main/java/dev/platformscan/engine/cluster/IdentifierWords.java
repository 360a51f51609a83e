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
 * about, for {@link TemplateSlot}. Read lazily, from the unit's lines of its file lexed again, because only the units
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
     * the interfaces it implements ({@code implemented}; type arguments left out), empty for other units.
     */
    record Words(int[] all, int[] ofUses, java.util.Set<String> implemented) {
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
        for (int t = firstOnLine(tokens, unit.unit().startLine());
             t < tokens.size() && tokens.line(t) <= unit.unit().endLine(); t++) {
            String word = tokens.word(t);
            if (word == null || word.equals(ownName)) {
                continue;
            }
            boolean isUsed = namesSomethingUsed(tokens, t, word);
            for (String part : NameWords.of(word)) {
                words.add(NameWords.hash(part));
                if (isUsed) {
                    used.add(NameWords.hash(part));
                }
            }
        }
        return new Words(words.distinctSorted(), used.distinctSorted(),
                unit.unit().kind().isType() ? implemented(tokens, firstOnLine(tokens, unit.unit().startLine())) : Set.of());
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

    /** A type name ({@code NewBeeMallOrder}), a receiver ({@code goodsMapper.}) or a member of one ({@code .findGoods}). */
    private static boolean namesSomethingUsed(JavaTokens tokens, int t, String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && Character.isLowerCase(word.charAt(1))
                || t > 0 && tokens.kind(t - 1) == DOT || t + 1 < tokens.size() && tokens.kind(t + 1) == DOT;
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
