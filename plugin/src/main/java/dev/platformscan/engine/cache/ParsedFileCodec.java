package dev.platformscan.engine.cache;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.classify.CapabilityMatch;
import dev.platformscan.engine.fingerprint.UnitFingerprint;
import dev.platformscan.engine.parse.CodeUnit;
import dev.platformscan.engine.parse.FileHeader;
import dev.platformscan.engine.parse.ParsedFile;
import dev.platformscan.engine.parse.UnitKind;
import dev.platformscan.engine.scan.SourceFile;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * A {@link ParsedFile} without its {@link SourceFile} as bytes and back: everything the later stages
 * read (code lines, units with fingerprints, capabilities and API usage, problems, noise counters).
 * The source is not stored: a cached file is handed out with the source of the current scan.
 */
final class ParsedFileCodec {
    private static final UnitKind[] KINDS = UnitKind.values();
    private static final int PROBLEM_FILE_NONE = 0;
    private static final int PROBLEM_FILE_SAME = 1;
    private static final int PROBLEM_FILE_OTHER = 2;

    private ParsedFileCodec() {
    }

    static byte[] encode(ParsedFile file) {
        BinaryOutput out = new BinaryOutput(256 + 160 * file.units().size());
        out.writeBoolean(file.generated());
        out.writeInt(file.boilerplateMembers());
        out.writeInt(file.classesWithoutLogic());
        out.writeInt(file.suppressed());
        out.writeLongs(file.codeLines().toLongArray());
        out.writeInt(file.problems().size());
        for (Problem problem : file.problems()) {
            if (problem.file() == null) {
                out.writeByte(PROBLEM_FILE_NONE);
            } else if (problem.file().equals(file.source().relativePath())) {
                out.writeByte(PROBLEM_FILE_SAME);
            } else {
                out.writeByte(PROBLEM_FILE_OTHER);
                out.writeString(problem.file());
            }
            out.writeInt(problem.line());
            out.writeString(problem.message());
        }
        out.writeInt(file.units().size());
        for (CodeUnit unit : file.units()) {
            out.writeByte(unit.kind().ordinal());
            out.writeString(unit.symbol());
            out.writeInt(unit.startLine());
            out.writeInt(unit.endLine());
            UnitFingerprint fingerprint = unit.fingerprint();
            out.writeString(fingerprint.normalizedTokens());
            out.writeLong(fingerprint.exactHash());
            out.writeLong(fingerprint.normalizedHash());
            out.writeInts(fingerprint.apiNames());
            out.writeBoolean(fingerprint.literal());
            out.writeBoolean(fingerprint.compared());
            out.writeInt(unit.enclosingUnit());
            out.writeInt(unit.capabilities().size());
            for (CapabilityMatch match : unit.capabilities()) {
                out.writeString(match.capability());
                out.writeDouble(match.score());
                out.writeDouble(match.confidence());
                out.writeInt(match.signals().size());
                for (String signal : match.signals()) {
                    out.writeString(signal);
                }
            }
            out.writeInts(unit.apiUsage());
        }
        FileHeader header = file.header();
        out.writeString(header.packageName());
        for (List<String> names : List.of(header.imports(), header.onDemand(), header.supertypes())) {
            out.writeInt(names.size());
            for (String name : names) {
                out.writeString(name);
            }
        }
        return out.toByteArray();
    }

    /** @throws CorruptCacheException when the bytes are not an encoded file */
    static ParsedFile decode(byte[] bytes, SourceFile source) {
        BinaryInput in = new BinaryInput(bytes);
        boolean generated = in.readBoolean();
        int boilerplateMembers = in.readInt();
        int classesWithoutLogic = in.readInt();
        int suppressed = in.readInt();
        BitSet codeLines = BitSet.valueOf(in.readLongs());
        int problemCount = in.readCount(9);
        List<Problem> problems = new ArrayList<>(problemCount);
        for (int i = 0; i < problemCount; i++) {
            int fileKind = in.readByte();
            String file = switch (fileKind) {
                case PROBLEM_FILE_NONE -> null;
                case PROBLEM_FILE_SAME -> source.relativePath();
                case PROBLEM_FILE_OTHER -> in.readString();
                default -> throw new CorruptCacheException("invalid problem file kind " + fileKind);
            };
            problems.add(new Problem(file, in.readInt(), in.readString()));
        }
        int unitCount = in.readCount(40);
        List<CodeUnit> units = new ArrayList<>(unitCount);
        for (int i = 0; i < unitCount; i++) {
            int kind = in.readByte();
            if (kind >= KINDS.length) {
                throw new CorruptCacheException("invalid unit kind " + kind);
            }
            String symbol = in.readString();
            int startLine = in.readInt();
            int endLine = in.readInt();
            UnitFingerprint fingerprint = new UnitFingerprint(in.readString(), in.readLong(), in.readLong(),
                    in.readInts(), in.readBoolean(), in.readBoolean());
            int enclosingUnit = in.readInt();
            if (enclosingUnit < -1 || enclosingUnit >= i) {
                throw new CorruptCacheException("invalid enclosing unit " + enclosingUnit);
            }
            int matchCount = in.readCount(24);
            List<CapabilityMatch> capabilities = new ArrayList<>(matchCount);
            for (int m = 0; m < matchCount; m++) {
                String capability = in.readString();
                double score = in.readDouble();
                double confidence = in.readDouble();
                int signalCount = in.readCount(4);
                List<String> signals = new ArrayList<>(signalCount);
                for (int s = 0; s < signalCount; s++) {
                    signals.add(in.readString());
                }
                capabilities.add(new CapabilityMatch(capability, score, confidence, signals));
            }
            units.add(new CodeUnit(KINDS[kind], symbol, startLine, endLine, fingerprint, enclosingUnit,
                    List.copyOf(capabilities), in.readInts()));
        }
        String packageName = in.readString();
        List<List<String>> lists = new ArrayList<>(3);
        for (int l = 0; l < 3; l++) {
            int count = in.readCount(4);
            List<String> names = new ArrayList<>(count);
            for (int n = 0; n < count; n++) {
                names.add(in.readString());
            }
            lists.add(names);
        }
        if (!in.atEnd()) {
            throw new CorruptCacheException("entry has trailing bytes");
        }
        return new ParsedFile(source, codeLines, units, generated, problems, boilerplateMembers, classesWithoutLogic,
                suppressed, new FileHeader(packageName, lists.get(0), lists.get(1), lists.get(2)));
    }
}
