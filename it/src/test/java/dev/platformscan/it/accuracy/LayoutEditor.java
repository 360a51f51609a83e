package dev.platformscan.it.accuracy;

import com.github.javaparser.JavaToken;
import dev.platformscan.it.accuracy.TokenStream.Kind;
import dev.platformscan.it.accuracy.TokenStream.Piece;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Type-1 edits: only whitespace and comments change, never a code token. Each method applies one
 * edit to the stream and says whether it could (a method without comments cannot lose one).
 */
final class LayoutEditor {

    /** A method must keep at least this many lines, so it stays a unit for the engine. */
    static final int MIN_LINES = 7;

    private static final List<String> PHRASES = List.of(
            "check the arguments first", "fast path", "TODO: revisit this", "see the javadoc above",
            "nothing to do here", "keep the order stable", "copied from the original implementation",
            "avoid boxing", "null-safe", "handle the common case first", "this is the slow path",
            "bounds were checked by the caller", "may be called concurrently", "FIXME: simplify",
            "same as the JDK does", "defensive copy", "loop over all elements", "done");

    private static final Set<String> SPACED_OPERATORS = Set.of("=", "+", "-", "*", "==", "!=", "&&", "||",
            "+=", "-=", "<=", ">=", "?", ":");

    private final Random random;

    LayoutEditor(Random random) {
        this.random = random;
    }

    /** Applies up to {@code attempts} random layout or comment edits; returns what was applied. */
    EditCounts applyRandom(TokenStream stream, int attempts) {
        int layout = 0;
        int comments = 0;
        for (int i = 0; i < attempts; i++) {
            switch (random.nextInt(9)) {
                case 0 -> layout += reindent(stream) ? 1 : 0;
                case 1 -> layout += joinLines(stream) ? 1 : 0;
                case 2 -> layout += splitLine(stream) ? 1 : 0;
                case 3 -> layout += changeBlankLines(stream) ? 1 : 0;
                case 4 -> layout += changeBraceStyle(stream) ? 1 : 0;
                case 5 -> layout += changeOperatorSpacing(stream) ? 1 : 0;
                case 6 -> comments += addComment(stream) ? 1 : 0;
                case 7 -> comments += removeComment(stream) ? 1 : 0;
                default -> comments += changeComment(stream) ? 1 : 0;
            }
        }
        return new EditCounts(layout, comments, 0, 0, 0, 0, 0, 0);
    }

    /** Changes the indentation unit (for example 4 spaces to a tab or to 2 spaces). */
    boolean reindent(TokenStream stream) {
        int unit = Integer.MAX_VALUE;
        for (Piece piece : stream.pieces()) {
            if (piece.leadingHasNewline()) {
                int width = width(Texts.indentAfterLastNewline(piece.leading));
                if (width > 0) {
                    unit = Math.min(unit, width);
                }
            }
        }
        if (unit == Integer.MAX_VALUE) {
            return false;
        }
        List<String> units = new ArrayList<>(List.of("  ", "   ", "    ", "        ", "\t"));
        final int oldUnit = unit;
        units.removeIf(candidate -> width(candidate) == oldUnit);
        String newUnit = units.get(random.nextInt(units.size()));
        boolean changed = false;
        for (Piece piece : stream.pieces()) {
            if (!piece.leadingHasNewline()) {
                continue;
            }
            String indent = Texts.indentAfterLastNewline(piece.leading);
            int width = width(indent);
            String replacement = newUnit.repeat(width / oldUnit) + " ".repeat(width % oldUnit);
            if (!replacement.equals(indent)) {
                piece.leading = piece.leading.substring(0, piece.leading.length() - indent.length()) + replacement;
                changed = true;
            }
        }
        return changed;
    }

    /** Joins one or two lines with the line before them. */
    boolean joinLines(TokenStream stream) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i < stream.size(); i++) {
            Piece piece = stream.get(i);
            if (piece.leadingHasNewline() && piece.kind != Kind.LINE_COMMENT
                    && stream.get(i - 1).kind != Kind.LINE_COMMENT) {
                candidates.add(i);
            }
        }
        int joins = 1 + random.nextInt(2);
        boolean changed = false;
        for (int j = 0; j < joins && !candidates.isEmpty(); j++) {
            if (stream.lineCount() - 1 < MIN_LINES) {
                break;
            }
            int index = candidates.remove(random.nextInt(candidates.size()));
            stream.get(index).leading = " ";
            changed = true;
        }
        return changed;
    }

    /** Breaks one line after a comma, an opening parenthesis or an assignment, or before a '.', '&&' or '||'. */
    boolean splitLine(TokenStream stream) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i < stream.size(); i++) {
            Piece piece = stream.get(i);
            Piece previous = stream.get(i - 1);
            if (piece.leadingHasNewline() || piece.isComment() || previous.isComment()) {
                continue;
            }
            if (Set.of(",", "(", "=").contains(previous.text) || Set.of(".", "&&", "||").contains(piece.text)) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        int index = candidates.get(random.nextInt(candidates.size()));
        stream.get(index).leading = "\n" + stream.lineIndent(index) + "        ";
        return true;
    }

    /** Adds a blank line between two lines, or removes the blank lines there are. */
    boolean changeBlankLines(TokenStream stream) {
        List<Piece> blank = new ArrayList<>();
        List<Piece> single = new ArrayList<>();
        for (int i = 1; i < stream.size(); i++) {
            Piece piece = stream.get(i);
            long newlines = piece.leading.chars().filter(c -> c == '\n').count();
            if (newlines >= 2) {
                blank.add(piece);
            } else if (newlines == 1) {
                single.add(piece);
            }
        }
        if (!blank.isEmpty() && (single.isEmpty() || random.nextBoolean())) {
            for (Piece piece : blank) {
                piece.leading = "\n" + Texts.indentAfterLastNewline(piece.leading);
            }
            return true;
        }
        if (single.isEmpty()) {
            return false;
        }
        int added = 1 + random.nextInt(2);
        for (int j = 0; j < added && !single.isEmpty(); j++) {
            Piece piece = single.remove(random.nextInt(single.size()));
            piece.leading = "\n" + piece.leading;
        }
        return true;
    }

    /** Moves every block-opening brace to its own line, or back to the end of the line before. */
    boolean changeBraceStyle(TokenStream stream) {
        List<Integer> endOfLine = new ArrayList<>();
        List<Integer> ownLine = new ArrayList<>();
        for (int i = 1; i < stream.size() - 1; i++) {
            Piece piece = stream.get(i);
            if (piece.kind != Kind.CODE || !piece.text.equals("{")) {
                continue;
            }
            boolean opensLine = stream.get(i + 1).leadingHasNewline();
            if (!opensLine) {
                continue;
            }
            if (piece.leadingHasNewline()) {
                if (!stream.get(i - 1).isComment()) {
                    ownLine.add(i);
                }
            } else {
                endOfLine.add(i);
            }
        }
        if (endOfLine.isEmpty() && ownLine.isEmpty()) {
            return false;
        }
        if (endOfLine.size() >= ownLine.size()) {
            for (int index : endOfLine) {
                stream.get(index).leading = "\n" + stream.lineIndent(index - 1);
            }
        } else {
            for (int index : ownLine) {
                stream.get(index).leading = " ";
            }
        }
        return true;
    }

    /** Removes the blanks around one binary operator everywhere ("a + b" to "a+b"), or adds them. */
    boolean changeOperatorSpacing(TokenStream stream) {
        List<String> present = new ArrayList<>();
        for (Piece piece : stream.pieces()) {
            if (piece.kind == Kind.CODE && SPACED_OPERATORS.contains(piece.text) && !present.contains(piece.text)) {
                present.add(piece.text);
            }
        }
        if (present.isEmpty()) {
            return false;
        }
        String operator = present.get(random.nextInt(present.size()));
        boolean changed = false;
        for (int i = 1; i < stream.size() - 1; i++) {
            Piece piece = stream.get(i);
            Piece previous = stream.get(i - 1);
            Piece next = stream.get(i + 1);
            if (piece.kind != Kind.CODE || !piece.text.equals(operator)) {
                continue;
            }
            if (piece.leading.equals(" ") && next.leading.equals(" ") && wordLike(previous) && wordLike(next)) {
                piece.leading = "";
                next.leading = "";
                changed = true;
            } else if (piece.leading.isEmpty() && next.leading.isEmpty() && wordLike(previous) && wordLike(next)) {
                piece.leading = " ";
                next.leading = " ";
                changed = true;
            }
        }
        return changed;
    }

    /** Adds a comment: on its own line, at the end of a line, or inline as a block comment. */
    boolean addComment(TokenStream stream) {
        String phrase = PHRASES.get(random.nextInt(PHRASES.size()));
        int style = random.nextInt(3);
        List<Integer> candidates = new ArrayList<>();
        for (int i = 1; i < stream.size(); i++) {
            Piece piece = stream.get(i);
            Piece previous = stream.get(i - 1);
            boolean ok = switch (style) {
                case 0 -> piece.leadingHasNewline() && piece.kind == Kind.CODE;
                case 1 -> piece.leadingHasNewline() && previous.kind == Kind.CODE;
                default -> !piece.leadingHasNewline() && piece.kind == Kind.CODE && previous.kind == Kind.CODE
                        && !(piece.leading.isEmpty() && isOperator(previous) && isOperator(piece));
            };
            if (ok) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        int index = candidates.get(random.nextInt(candidates.size()));
        Piece piece = stream.get(index);
        switch (style) {
            case 0 -> {
                stream.insert(index, new Piece(piece.leading, "// " + phrase, Kind.LINE_COMMENT, null));
                piece.leading = "\n" + Texts.indentAfterLastNewline(piece.leading);
            }
            case 1 -> stream.insert(index, new Piece(" ", "// " + phrase, Kind.LINE_COMMENT, null));
            default -> {
                stream.insert(index, new Piece(piece.leading, "/* " + phrase + " */", Kind.BLOCK_COMMENT, null));
                piece.leading = " ";
            }
        }
        return true;
    }

    boolean removeComment(TokenStream stream) {
        List<Integer> comments = commentIndices(stream);
        if (comments.isEmpty()) {
            return false;
        }
        int index = comments.get(random.nextInt(comments.size()));
        Piece comment = stream.get(index);
        Piece next = stream.get(index + 1);
        String leading = next.leadingHasNewline() ? next.leading : comment.leading + next.leading;
        next.leading = leading.isEmpty() ? " " : leading;
        stream.remove(index);
        return true;
    }

    boolean changeComment(TokenStream stream) {
        List<Integer> comments = commentIndices(stream);
        if (comments.isEmpty()) {
            return false;
        }
        Piece comment = stream.get(comments.get(random.nextInt(comments.size())));
        String phrase = PHRASES.get(random.nextInt(PHRASES.size()));
        comment.text = comment.kind == Kind.LINE_COMMENT ? "// " + phrase : "/* " + phrase + " */";
        return true;
    }

    private static List<Integer> commentIndices(TokenStream stream) {
        List<Integer> comments = new ArrayList<>();
        for (int i = 0; i < stream.size() - 1; i++) {
            if (stream.get(i).isComment()) {
                comments.add(i);
            }
        }
        return comments;
    }

    private static boolean wordLike(Piece piece) {
        if (piece.kind != Kind.CODE || piece.token == null) {
            return false;
        }
        JavaToken.Category category = piece.category();
        return category.isIdentifier() || category.isLiteral() || piece.text.equals(")") || piece.text.equals("]");
    }

    private static boolean isOperator(Piece piece) {
        return piece.token != null && piece.category().isOperator();
    }

    private static int width(String indent) {
        int width = 0;
        for (char c : indent.toCharArray()) {
            width += c == '\t' ? 4 : 1;
        }
        return width;
    }
}
