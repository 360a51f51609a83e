package dev.platformscan.it.accuracy;

import com.github.javaparser.JavaToken;
import com.github.javaparser.ast.Node;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed method as an editable list of pieces: each code token or comment together with the
 * whitespace before it. Editors change pieces' texts and whitespace, then {@link #render()} the
 * result, which is parsed again before it is trusted. Pieces of AST nodes are found by token
 * identity, so a stream is only good for the one parse it was made from.
 */
final class TokenStream {

    enum Kind { CODE, LINE_COMMENT, BLOCK_COMMENT }

    /** One code token or comment and the whitespace before it. */
    static final class Piece {
        String leading;
        String text;
        final Kind kind;
        final JavaToken token;

        Piece(String leading, String text, Kind kind, JavaToken token) {
            this.leading = leading;
            this.text = text;
            this.kind = kind;
            this.token = token;
        }

        boolean isComment() {
            return kind != Kind.CODE;
        }

        boolean leadingHasNewline() {
            return leading.indexOf('\n') >= 0;
        }

        JavaToken.Category category() {
            return token == null ? null : token.getCategory();
        }

        @Override
        public String toString() {
            return leading + text;
        }
    }

    private final List<Piece> pieces = new ArrayList<>();
    private final Map<JavaToken, Integer> indexOfToken = new IdentityHashMap<>();

    private TokenStream() {
    }

    static TokenStream of(Node node) {
        TokenStream stream = new TokenStream();
        StringBuilder whitespace = new StringBuilder();
        for (JavaToken token : JavaSource.tokens(node)) {
            JavaToken.Category category = token.getCategory();
            if (category.isWhitespace()) {
                whitespace.append(token.getText());
                continue;
            }
            Kind kind = !category.isComment() ? Kind.CODE
                    : token.getText().startsWith("//") ? Kind.LINE_COMMENT : Kind.BLOCK_COMMENT;
            stream.indexOfToken.put(token, stream.pieces.size());
            stream.pieces.add(new Piece(whitespace.toString(), token.getText(), kind, token));
            whitespace.setLength(0);
        }
        return stream;
    }

    List<Piece> pieces() {
        return pieces;
    }

    int size() {
        return pieces.size();
    }

    Piece get(int index) {
        return pieces.get(index);
    }

    /** Index of the first piece of a node (its first code token). */
    int first(Node node) {
        return indexOf(node.getTokenRange().orElseThrow().getBegin());
    }

    /** Index of the last piece of a node. */
    int last(Node node) {
        return indexOf(node.getTokenRange().orElseThrow().getEnd());
    }

    int indexOf(JavaToken token) {
        Integer index = indexOfToken.get(token);
        if (index == null) {
            throw new IllegalArgumentException("token not in this stream: " + token);
        }
        return index;
    }

    /** Index of the next code piece after the given one, or -1. */
    int nextCode(int index) {
        for (int i = index + 1; i < pieces.size(); i++) {
            if (!pieces.get(i).isComment()) {
                return i;
            }
        }
        return -1;
    }

    void insert(int index, Piece piece) {
        pieces.add(index, piece);
        indexOfToken.clear(); // indices moved: node lookups are no longer valid
    }

    void remove(int index) {
        pieces.remove(index);
        indexOfToken.clear();
    }

    /** Indentation (blanks after the last line break) of the line a piece starts, searching back. */
    String lineIndent(int index) {
        for (int i = index; i >= 0; i--) {
            Piece piece = pieces.get(i);
            if (piece.leadingHasNewline()) {
                return Texts.indentAfterLastNewline(piece.leading);
            }
        }
        return "";
    }

    /** Number of lines the rendered text spans. */
    int lineCount() {
        return Texts.lineCount(render());
    }

    String render() {
        StringBuilder out = new StringBuilder();
        for (Piece piece : pieces) {
            out.append(piece.leading).append(piece.text);
        }
        return out.toString();
    }
}
