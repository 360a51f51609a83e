package dev.platformscan.engine.parse;

import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads what a compiled class shows about its methods with ASM: exact call targets ("MessageDigest.getInstance"
 * with the owner the compiler resolved), the types they touch, annotations, supertypes, and the source
 * lines each method spans (LineNumberTable), so bytecode facts can be joined to source units by line.
 */
final class ClassFileReader {

    /** One compiled method. Lines are 0 when the class has no debug information. */
    record MethodFacts(String name, String descriptor, int firstLine, int lastLine, Set<String> calls,
                       Set<String> types, Set<String> qualifiedTypes, Set<String> annotations, Set<String> strings,
                       int instructions) {
    }

    /** One compiled class. */
    record ClassFacts(int majorVersion, String sourceFile, Set<String> supertypes, Set<String> annotations,
                      List<MethodFacts> methods) {
    }

    /** Thrown for a class file of a Java version this ASM cannot read. */
    static final class UnsupportedClassVersion extends Exception {
        final int majorVersion;

        UnsupportedClassVersion(int majorVersion) {
            super("class file version " + majorVersion);
            this.majorVersion = majorVersion;
        }
    }

    /** Thrown for a file that is not a whole class file: truncated, empty, garbage, not CAFEBABE. */
    static final class CorruptClassFile extends Exception {
        CorruptClassFile(String reason) {
            super(reason);
        }
    }

    private static final int MAGIC = 0xCAFEBABE;

    private ClassFileReader() {
    }

    /**
     * Adds what a compiled class adds to its source's features: simple names of the types, calls, annotations
     * and supertypes it uses to {@code words}, the qualified type names to {@code qualified}.
     */
    static void addNames(ClassFacts facts, java.util.Set<String> words, java.util.Set<String> qualified) {
        addSimple(facts.supertypes(), words);
        addSimple(facts.annotations(), words);
        for (MethodFacts method : facts.methods()) {
            addSimple(method.calls(), words);
            addSimple(method.types(), words);
            addSimple(method.annotations(), words);
            qualified.addAll(method.qualifiedTypes());
        }
    }

    private static void addSimple(java.util.Set<String> names, java.util.Set<String> words) {
        for (String name : names) {
            for (String part : name.split("[./$]")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
    }

    /** The facts of {@code binaryName} ("com/x/Outer$Inner") under the classes directory, or null when absent. */
    static ClassFacts read(Path classesDirectory, String binaryName)
            throws IOException, UnsupportedClassVersion, CorruptClassFile {
        Path file = classesDirectory.resolve(binaryName + ".class");
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return read(Files.readAllBytes(file));
    }

    /** The class's SourceFile attribute ("Hashing.kt"), or null; reads no method code. */
    static String sourceFile(byte[] bytes) throws UnsupportedClassVersion, CorruptClassFile {
        String[] source = {null};
        try {
            reader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visitSource(String file, String debug) {
                    source[0] = file;
                }
            }, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
        } catch (RuntimeException e) {
            throw new CorruptClassFile(e.getClass().getSimpleName());
        }
        return source[0];
    }

    /**
     * A reader for a whole class file of a version ASM knows. ASM reports a newer version as an
     * IllegalArgumentException from its constructor, and a truncated or garbage file as whatever
     * exception reading past the end raises (usually ArrayIndexOutOfBounds), possibly only later in
     * {@code accept}: callers treat every runtime exception there as a corrupt file.
     */
    private static ClassReader reader(byte[] bytes) throws UnsupportedClassVersion, CorruptClassFile {
        if (bytes.length < 10 || java.nio.ByteBuffer.wrap(bytes).getInt() != MAGIC) {
            throw new CorruptClassFile(bytes.length < 10 ? "too short" : "not a class file");
        }
        int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
        try {
            return new ClassReader(bytes);
        } catch (IllegalArgumentException e) {
            if (String.valueOf(e.getMessage()).startsWith("Unsupported class file")) {
                throw new UnsupportedClassVersion(major);
            }
            throw new CorruptClassFile(e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            throw new CorruptClassFile(e.getClass().getSimpleName());
        }
    }

    static ClassFacts read(byte[] bytes) throws UnsupportedClassVersion, CorruptClassFile {
        ClassReader reader = reader(bytes);
        int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
        String[] sourceFile = {null};
        Set<String> supertypes = new TreeSet<>();
        Set<String> classAnnotations = new TreeSet<>();
        List<MethodFacts> methods = new ArrayList<>();
        try {
            reader.accept(new ClassVisitor(Opcodes.ASM9) {
                @Override
                public void visit(int version, int access, String name, String signature, String superName,
                                  String[] interfaces) {
                    if (superName != null && !superName.equals("java/lang/Object")) {
                        supertypes.add(simple(superName));
                    }
                    if (interfaces != null) {
                        for (String implemented : interfaces) {
                            supertypes.add(simple(implemented));
                        }
                    }
                }

                @Override
                public void visitSource(String source, String debug) {
                    sourceFile[0] = source;
                }

                @Override
                public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                    classAnnotations.add(simple(Type.getType(descriptor).getInternalName()));
                    return null;
                }

                @Override
                public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                                 String[] exceptions) {
                    if ((access & (Opcodes.ACC_SYNTHETIC | Opcodes.ACC_BRIDGE)) != 0) {
                        return null;
                    }
                    Set<String> calls = new TreeSet<>();
                    Set<String> types = new TreeSet<>();
                    Set<String> qualified = new TreeSet<>();
                    Set<String> annotations = new TreeSet<>();
                    Set<String> strings = new TreeSet<>();
                    int[] lines = {Integer.MAX_VALUE, 0, 0};
                    return new MethodVisitor(Opcodes.ASM9) {
                        @Override
                        public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                            annotations.add(simple(Type.getType(annotation).getInternalName()));
                            return null;
                        }

                        @Override
                        public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
                            if (owner.startsWith("[")) {
                                return;
                            }
                            lines[2]++;
                            calls.add(method);
                            calls.add(simple(owner) + "." + method);
                            types.add(simple(owner));
                            qualified.add(owner.replace('/', '.').replace('$', '.'));
                        }

                        @Override
                        public void visitTypeInsn(int opcode, String type) {
                            if (!type.startsWith("[")) {
                                types.add(simple(type));
                                qualified.add(type.replace('/', '.').replace('$', '.'));
                            }
                        }

                        @Override
                        public void visitLdcInsn(Object value) {
                            lines[2]++;
                            if (value instanceof String text) {
                                strings.add(text);
                            }
                        }

                        @Override
                        public void visitInsn(int opcode) {
                            lines[2]++;
                        }

                        @Override
                        public void visitVarInsn(int opcode, int variable) {
                            lines[2]++;
                        }

                        @Override
                        public void visitFieldInsn(int opcode, String owner, String field, String desc) {
                            lines[2]++;
                        }

                        @Override
                        public void visitJumpInsn(int opcode, Label label) {
                            lines[2]++;
                        }

                        @Override
                        public void visitLineNumber(int line, Label start) {
                            lines[0] = Math.min(lines[0], line);
                            lines[1] = Math.max(lines[1], line);
                        }

                        @Override
                        public void visitEnd() {
                            methods.add(new MethodFacts(name, descriptor, lines[1] == 0 ? 0 : lines[0], lines[1], calls,
                                    types, qualified, annotations, strings, lines[2]));
                        }
                    };
                }
            }, ClassReader.SKIP_FRAMES);
        } catch (RuntimeException e) {
            throw new CorruptClassFile(e.getClass().getSimpleName());
        }
        return new ClassFacts(major, sourceFile[0], supertypes, classAnnotations, methods);
    }

    static String simple(String internalName) {
        int cut = Math.max(internalName.lastIndexOf('/'), internalName.lastIndexOf('$'));
        return internalName.substring(cut + 1);
    }
}
