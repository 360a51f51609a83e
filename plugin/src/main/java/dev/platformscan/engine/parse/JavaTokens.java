package dev.platformscan.engine.parse;

import java.util.Arrays;
import java.util.BitSet;

/**
 * The code tokens of one file as {@link JavaLexer} read them, as parallel arrays (no object per token):
 * JavaParser kind, start and end offset in the text, first and last line; identifiers keep their text.
 */
public final class JavaTokens {
    /** The same test the parser applies to a file's leading comments. */

    private final String text;
    private int size;
    private int[] kind;
    private int[] start;
    private int[] end;
    private int[] line;
    private int[] endLine;
    private String[] words;
    private int troubleLine;
    private boolean markedGenerated;
    private final BitSet markedBefore = new BitSet();
    private boolean markPending;
    /** Offsets of the next suppression marker and MyBatis Generator's marks at or after the last comment seen (-1: none). */
    private int nextMarker = Integer.MIN_VALUE;
    private int nextMyBatisMark = Integer.MIN_VALUE;
    private int nextMyBatisPhrase = Integer.MIN_VALUE;
    private int lines;

    JavaTokens(String text, int capacity) {
        this.text = text;
        kind = new int[capacity];
        start = new int[capacity];
        end = new int[capacity];
        line = new int[capacity];
        endLine = new int[capacity];
        words = new String[capacity];
    }

    void add(int tokenKind, int from, int to, int firstLine, int lastLine, String word) {
        if (size == kind.length) {
            int capacity = size * 2;
            kind = Arrays.copyOf(kind, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            line = Arrays.copyOf(line, capacity);
            endLine = Arrays.copyOf(endLine, capacity);
            words = Arrays.copyOf(words, capacity);
        }
        if (size > 0 && kind[size - 1] == com.github.javaparser.GeneratedJavaParserConstants.CLASS
                && JavaSourceParser.MYBATIS_GENERATOR_CRITERIA.equals(word)) {
            markedGenerated = true; // a MyBatis Generator example class written without comments
        }
        if (markPending) {
            markedBefore.set(size);
            markPending = false;
        }
        kind[size] = tokenKind;
        start[size] = from;
        end[size] = to;
        line[size] = firstLine;
        endLine[size] = lastLine;
        words[size] = word;
        size++;
    }

    /** Cheap pre-test of {@link JavaSourceParser#GENERATED_HEADER}: every match contains "generated" or "do not edit". */
    private boolean mayBeGeneratedHeader(int from, int to) {
        String lower = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
        return lower.contains("generated") || lower.contains("do not edit");
    }

    /** Turns a restricted identifier the grammar does not use as a keyword here into an identifier. */
    void makeIdentifier(int i) {
        words[i] = text.substring(start[i], end[i]);
        kind[i] = com.github.javaparser.GeneratedJavaParserConstants.IDENTIFIER;
    }

    void comment(int from, int to) {
        if (size == 0 && !markedGenerated && mayBeGeneratedHeader(from, to)
                && JavaSourceParser.GENERATED_HEADER.matcher(text).region(from, to).find()) {
            markedGenerated = true;
        }
        if (!markedGenerated) { // MyBatis Generator marks its elements, not the file's head
            nextMyBatisMark = next(JavaSourceParser.MYBATIS_GENERATOR_MARK, nextMyBatisMark, from);
            nextMyBatisPhrase = next(JavaSourceParser.MYBATIS_GENERATOR_PHRASE, nextMyBatisPhrase, from);
            markedGenerated = within(JavaSourceParser.MYBATIS_GENERATOR_MARK, nextMyBatisMark, to)
                    || within(JavaSourceParser.MYBATIS_GENERATOR_PHRASE, nextMyBatisPhrase, to);
        }
        nextMarker = next(JavaSourceParser.SUPPRESSION_COMMENT, nextMarker, from);
        if (within(JavaSourceParser.SUPPRESSION_COMMENT, nextMarker, to)) {
            markPending = true;
        }
    }

    /** The offset of {@code word} at or after {@code from}, from the last one found (comments come in order). */
    private int next(String word, int last, int from) {
        return last == Integer.MIN_VALUE || (last >= 0 && last < from) ? text.indexOf(word, from) : last;
    }

    private static boolean within(String word, int at, int to) {
        return at >= 0 && at + word.length() <= to;
    }

    /** True when a comment holding the suppression marker lies between token {@code i - 1} and token {@code i}. */
    public boolean suppressionMarkedBefore(int i) {
        return markedBefore.get(i);
    }

    void trouble(int atLine) {
        if (troubleLine == 0) {
            troubleLine = atLine;
        }
    }

    void finish(int lastLine) {
        lines = lastLine;
    }

    public String text() {
        return text;
    }

    public int size() {
        return size;
    }

    public int kind(int i) {
        return kind[i];
    }

    /** The last token of the (qualified) name of the annotation whose {@code @} is at {@code at}: {@code Table} of {@code @javax.persistence.Table}. */
    public int annotationNameEnd(int at) {
        int t = at + 1;
        while (t + 2 < size && words[t] != null && kind[t + 1] == com.github.javaparser.GeneratedJavaParserConstants.DOT) {
            t += 2;
        }
        return t;
    }

    /**
     * The last token of the annotation whose {@code @} is at {@code at}: its name's, or the parenthesis closing its
     * arguments ({@code @ApiAccessLog(operateType = EXPORT)}).
     */
    public int annotationEnd(int at) {
        int t = annotationNameEnd(at);
        if (t + 1 >= size || kind[t + 1] != com.github.javaparser.GeneratedJavaParserConstants.LPAREN) {
            return t;
        }
        int depth = 0;
        for (int i = t + 1; i < size; i++) {
            if (kind[i] == com.github.javaparser.GeneratedJavaParserConstants.LPAREN) {
                depth++;
            } else if (kind[i] == com.github.javaparser.GeneratedJavaParserConstants.RPAREN && --depth == 0) {
                return i;
            }
        }
        return size - 1;
    }

    public int start(int i) {
        return start[i];
    }

    public int end(int i) {
        return end[i];
    }

    public int line(int i) {
        return line[i];
    }

    public int endLine(int i) {
        return endLine[i];
    }

    /** The identifier's text, or null for any other token. */
    public String word(int i) {
        return words[i];
    }

    /** The token's text. */
    public String image(int i) {
        return words[i] != null ? words[i] : text.substring(start[i], end[i]);
    }

    /** The first line where the lexer met something it does not read (0: none); the parser must decide. */
    public int troubleLine() {
        return troubleLine;
    }

    /**
     * True when a comment before the first token says the file is generated, or MyBatis Generator's marks say it
     * anywhere (the parser's test, {@link JavaSourceParser#MYBATIS_GENERATOR_MARK}).
     */
    public boolean markedGenerated() {
        return markedGenerated;
    }

    /** Line i set when it holds (part of) a code token, as the parser marks code lines. */
    public BitSet codeLines() {
        BitSet codeLines = new BitSet(lines + 1);
        for (int i = 0; i < size; i++) {
            codeLines.set(line[i], endLine[i] + 1);
        }
        return codeLines;
    }
}
