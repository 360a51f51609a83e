package dev.platformscan.it.accuracy;

import com.github.javaparser.ast.body.MethodDeclaration;

import java.util.List;

/**
 * One method the family benchmark writes: the original of a family, a variant of it, or a distractor.
 *
 * @param id         unique id ("family-id~v12" for a variant, the original's id otherwise)
 * @param group      the family it belongs to (its original's id); a distractor is a group of its own
 * @param kind       how it was made
 * @param parent     id of the unit it was made from (null for originals and distractors)
 * @param name       its method name
 * @param text       the declaration, dedented, '\n' line ends
 * @param codeTokens texts of its code tokens (T1 pairs have equal lists)
 * @param codes      its normalized tokens as codes ({@link NormalizedTokens#encode})
 */
record FamilyUnit(String id, String group, Kind kind, String parent, String name, String text,
                  List<String> codeTokens, int[] codes) {

    /** How a unit was made. */
    enum Kind { ORIGINAL, T1, T2, T3, DISTRACTOR }

    FamilyUnit {
        codeTokens = List.copyOf(codeTokens);
    }

    /** A unit from parsed text. */
    static FamilyUnit of(String id, String group, Kind kind, String parent, MethodDeclaration parsed, String text) {
        return new FamilyUnit(id, group, kind, parent, parsed.getNameAsString(), text,
                JavaSource.codeTokenTexts(parsed), NormalizedTokens.encode(NormalizedTokens.of(parsed)));
    }

    /** A unit from text that must parse as one method. */
    static FamilyUnit of(String id, String group, Kind kind, String parent, String text) {
        MethodDeclaration parsed = JavaSource.parseMethod(text)
                .orElseThrow(() -> new IllegalArgumentException("not a method: " + text));
        return of(id, group, kind, parent, parsed, text);
    }

    /** An original taken as it is (root of a family, or a distractor). */
    static FamilyUnit of(OriginalMethod original, Kind kind) {
        return of(original.id(), original.id(), kind, null, original.text());
    }

    boolean isVariant() {
        return kind == Kind.T1 || kind == Kind.T2 || kind == Kind.T3;
    }
}
