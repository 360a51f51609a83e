package dev.platformscan.engine.report.html;

import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Two copies side by side, line by line. Each distinct line (trimmed, so indentation does not count)
 * becomes one character, and Commons Text's {@link StringsComparator} (Myers' diff) compares the two
 * strings; removed and inserted lines between two kept ones are paired up as changed lines.
 */
final class LineDiff {

    enum Kind {
        /** The same line on both sides. */
        SAME,
        /** A line on each side, different. */
        CHANGED,
        /** Only on the left. */
        LEFT_ONLY,
        /** Only on the right. */
        RIGHT_ONLY
    }

    /** One row; a side that has no line there has number 0 and text null. */
    record Row(Kind kind, int leftNumber, String left, int rightNumber, String right) {
    }

    /** The rows and the share of lines both sides keep. */
    record Comparison(List<Row> rows, double sameShare) {
    }

    private LineDiff() {
    }

    static Comparison compare(List<String> left, int leftFirstLine, List<String> right, int rightFirstLine) {
        Map<String, Character> codes = new HashMap<>();
        String leftCodes = encode(left, codes);
        String rightCodes = encode(right, codes);
        RowCollector rows = new RowCollector(left, leftFirstLine, right, rightFirstLine);
        new StringsComparator(leftCodes, rightCodes).getScript().visit(rows);
        rows.flush();
        int longer = Math.max(left.size(), right.size());
        return new Comparison(List.copyOf(rows.rows), longer == 0 ? 1 : (double) rows.same / longer);
    }

    private static String encode(List<String> lines, Map<String, Character> codes) {
        StringBuilder encoded = new StringBuilder(lines.size());
        for (String line : lines) {
            encoded.append(codes.computeIfAbsent(line.strip(), key -> (char) (0x100 + codes.size())));
        }
        return encoded.toString();
    }

    /** Walks the edit script in order, holding removed and inserted lines until the next kept one. */
    private static final class RowCollector implements CommandVisitor<Character> {
        private final List<String> left;
        private final List<String> right;
        private final int leftFirstLine;
        private final int rightFirstLine;
        private final List<Row> rows = new ArrayList<>();
        private final List<Integer> removed = new ArrayList<>();
        private final List<Integer> inserted = new ArrayList<>();
        private int leftIndex;
        private int rightIndex;
        private int same;

        RowCollector(List<String> left, int leftFirstLine, List<String> right, int rightFirstLine) {
            this.left = left;
            this.right = right;
            this.leftFirstLine = leftFirstLine;
            this.rightFirstLine = rightFirstLine;
        }

        @Override
        public void visitKeepCommand(Character code) {
            flush();
            rows.add(new Row(Kind.SAME, leftFirstLine + leftIndex, left.get(leftIndex),
                    rightFirstLine + rightIndex, right.get(rightIndex)));
            leftIndex++;
            rightIndex++;
            same++;
        }

        @Override
        public void visitDeleteCommand(Character code) {
            removed.add(leftIndex++);
        }

        @Override
        public void visitInsertCommand(Character code) {
            inserted.add(rightIndex++);
        }

        void flush() {
            int paired = Math.max(removed.size(), inserted.size());
            for (int i = 0; i < paired; i++) {
                Integer l = i < removed.size() ? removed.get(i) : null;
                Integer r = i < inserted.size() ? inserted.get(i) : null;
                Kind kind = l != null && r != null ? Kind.CHANGED : l != null ? Kind.LEFT_ONLY : Kind.RIGHT_ONLY;
                rows.add(new Row(kind, l == null ? 0 : leftFirstLine + l, l == null ? null : left.get(l),
                        r == null ? 0 : rightFirstLine + r, r == null ? null : right.get(r)));
            }
            removed.clear();
            inserted.clear();
        }
    }
}
