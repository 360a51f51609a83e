package dev.platformscan.it.accuracy;

import com.github.javaparser.JavaParser;
import com.github.javaparser.JavaToken;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * JavaParser at the Java 17 level the benchmark modules declare, one parser per thread (JavaParser
 * instances are not thread-safe). Parsing runs the language-level validators, so "parses" here means
 * what the engine will accept.
 */
final class JavaSource {

    private static final ThreadLocal<JavaParser> PARSER = ThreadLocal.withInitial(() -> new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)));

    private JavaSource() {
    }

    /** A whole compilation unit, or empty when it has any syntax or validation problem. */
    static Optional<CompilationUnit> parseFile(String source) {
        ParseResult<CompilationUnit> result = PARSER.get().parse(source);
        return result.isSuccessful() ? result.getResult() : Optional.empty();
    }

    /**
     * One method declaration on its own (annotations, modifiers, signature and body), or empty when
     * it does not parse as exactly one method.
     */
    static Optional<MethodDeclaration> parseMethod(String text) {
        ParseResult<BodyDeclaration<?>> result = PARSER.get().parseBodyDeclaration(text);
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            return Optional.empty();
        }
        BodyDeclaration<?> declaration = result.getResult().get();
        if (!(declaration instanceof MethodDeclaration method) || method.getBody().isEmpty()) {
            return Optional.empty();
        }
        // the parser stops at the end of the declaration: make sure nothing followed it
        if (!method.getTokenRange().map(range -> range.getEnd().getNextToken().isEmpty()
                || onlyWhitespaceOrCommentsAfter(range.getEnd())).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(method);
    }

    /** True when the text is exactly one method with a body that parses inside a class at the Java 17 level. */
    static boolean parsesAsMember(String methodText) {
        return parseFile("class Wrapper {\n" + methodText + "\n}\n")
                .map(unit -> unit.getType(0).getMembers())
                .filter(members -> members.size() == 1 && members.get(0) instanceof MethodDeclaration method
                        && method.getBody().isPresent())
                .isPresent();
    }

    /** All tokens of a node, whitespace and comments included, in source order. */
    static List<JavaToken> tokens(Node node) {
        List<JavaToken> tokens = new ArrayList<>();
        node.getTokenRange().ifPresent(range -> range.forEach(tokens::add));
        return tokens;
    }

    /** Texts of the tokens of a node that are neither whitespace nor comments. */
    static List<String> codeTokenTexts(Node node) {
        List<String> texts = new ArrayList<>();
        for (JavaToken token : tokens(node)) {
            if (!token.getCategory().isWhitespaceOrComment()) {
                texts.add(token.getText());
            }
        }
        return texts;
    }

    private static boolean onlyWhitespaceOrCommentsAfter(JavaToken end) {
        Optional<JavaToken> next = end.getNextToken();
        while (next.isPresent()) {
            JavaToken token = next.get();
            if (!token.getCategory().isWhitespaceOrComment() && token.getKind() != JavaToken.Kind.EOF.getKind()) {
                return false;
            }
            next = token.getNextToken();
        }
        return true;
    }
}
