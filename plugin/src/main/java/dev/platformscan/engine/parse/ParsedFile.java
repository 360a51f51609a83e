package dev.platformscan.engine.parse;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.scan.SourceFile;

import java.util.BitSet;
import java.util.List;

/**
 * The parse stage's output for one file; the AST is gone by the time this exists.
 *
 * @param source    the file
 * @param codeLines bit i set when line i (1-based) holds code; its cardinality is the file's lines of code
 * @param units     comparable units in source order (classes before their members)
 * @param generated true when the file is generated code (left out of all figures)
 * @param problems  what could not be read (a syntax error, an encoding problem)
 * @param boilerplateMembers  members left out as boilerplate (accessors, equals/hashCode/toString, ...)
 * @param classesWithoutLogic classes not compared as a whole because they hold no logic (DTOs)
 * @param suppressed classes and members marked {@code @SuppressWarnings("platform:duplication")}
 * @param header    its package, imports and first type's supertypes ({@link FileHeader#NONE} when not read)
 */
public record ParsedFile(SourceFile source, BitSet codeLines, List<CodeUnit> units, boolean generated,
                         List<Problem> problems, int boilerplateMembers, int classesWithoutLogic, int suppressed,
                         FileHeader header) {

    public ParsedFile(SourceFile source, BitSet codeLines, List<CodeUnit> units, boolean generated,
                      List<Problem> problems, int boilerplateMembers, int classesWithoutLogic, int suppressed) {
        this(source, codeLines, units, generated, problems, boilerplateMembers, classesWithoutLogic, suppressed,
                FileHeader.NONE);
    }

    public ParsedFile(SourceFile source, BitSet codeLines, List<CodeUnit> units, boolean generated,
                      List<Problem> problems) {
        this(source, codeLines, units, generated, problems, 0, 0, 0);
    }

    public ParsedFile {
        header = header == null ? FileHeader.NONE : header;
        units = List.copyOf(units);
        problems = List.copyOf(problems);
    }

    public int linesOfCode() {
        return codeLines.cardinality();
    }

    /** The code lines from {@code startLine} to {@code endLine} (inclusive) of a file's code lines, at their own numbers. */
    public static BitSet codeLinesBetween(BitSet codeLines, int startLine, int endLine) {
        BitSet lines = new BitSet();
        for (int line = codeLines.nextSetBit(startLine); line >= 0 && line <= endLine; line = codeLines.nextSetBit(line + 1)) {
            lines.set(line);
        }
        return lines;
    }
}
