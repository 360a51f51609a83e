package dev.platformscan.it.accuracy;

import java.util.List;

/** Small inline Java sources for the unit tests of the benchmark's corpus classes. */
final class Snippets {

    private Snippets() {
    }

    /** A realistic method of about 120 tokens and 16 lines. */
    static final String JOIN = """
            public static String join(final Object[] array, final String separator, final int startIndex, final int endIndex) {
                if (array == null) {
                    return null;
                }
                final int noOfItems = endIndex - startIndex;
                if (noOfItems <= 0) {
                    return "";
                }
                // separator may be null
                final StringBuilder buf = new StringBuilder(noOfItems * 16);
                for (int i = startIndex; i < endIndex; i++) {
                    if (i > startIndex) {
                        buf.append(separator);
                    }
                    if (array[i] != null) {
                        buf.append(array[i]);
                    }
                }
                return buf.toString();
            }""";

    /** Another realistic method, unrelated to {@link #JOIN}. */
    static final String COPY = """
            static long copyLarge(final InputStream input, final OutputStream output, final byte[] buffer) throws IOException {
                long count = 0;
                int n;
                while (EOF != (n = input.read(buffer))) {
                    output.write(buffer, 0, n);
                    count += n;
                    if (count > Integer.MAX_VALUE * 2L) {
                        throw new IllegalStateException("too large: " + count);
                    }
                }
                output.flush();
                return count;
            }""";

    /** A source file with one eligible method and several that are not. */
    static final String MIXED_FILE = """
            package sample;

            import java.util.*;

            public class Mixed {
                private int size;

                public int getSize() {
                    return size;
                }

                @Override
                public boolean equals(Object other) {
                    if (this == other) {
                        return true;
                    }
                    if (!(other instanceof Mixed)) {
                        return false;
                    }
                    Mixed that = (Mixed) other;
                    return size == that.size && Objects.equals(toString(), that.toString()) && size > 0 && size < 100;
                }

                int tiny(int a) {
                    return a + 1;
                }

                List<String> withAnonymous(List<String> input) {
                    Comparator<String> byLength = new Comparator<String>() {
                        @Override
                        public int compare(String a, String b) {
                            return Integer.compare(a.length(), b.length());
                        }
                    };
                    List<String> copy = new ArrayList<>(input);
                    copy.sort(byLength);
                    copy.removeIf(s -> s.isEmpty() || s.isBlank() || s.length() > 100);
                    return copy;
                }

            %s
            }
            """.formatted(Texts.indent(JOIN, "    "));

    /** {@code count} originals from one file, named join{@code first}, copyLarge{@code first + 1}, ... */
    static List<OriginalMethod> originals(String library, String file, int first, int count) {
        StringBuilder source = new StringBuilder("package sample;\nclass Many {\n");
        for (int i = first; i < first + count; i++) {
            String method = (i % 2 == 0 ? JOIN : COPY).replaceFirst("(join|copyLarge)\\(", "$1" + i + "(");
            source.append(Texts.indent(method, "    ")).append("\n\n");
        }
        source.append("}\n");
        return CorpusSampler.eligibleMethods(library, file, source.toString());
    }
}
