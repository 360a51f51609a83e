package dev.platformscan.engine.parse;

import dev.platformscan.engine.Units;
import dev.platformscan.engine.classify.CapabilityMatcher;
import dev.platformscan.engine.cluster.SimilarityVerifier;
import dev.platformscan.engine.fingerprint.TokenNormalizer;
import dev.platformscan.engine.scan.SourceFile;
import dev.platformscan.rules.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Noise by triviality and size, not by name or shape (issue 14): types without logic (delegating utilities,
 * configuration classes of small beans, DTOs) and interfaces are compared as whole types by their literal
 * tokens; a {@code main} is noise only when trivial. Fixtures under {@code fixtures/triviality}, read with the
 * scan's default sizes (6 lines, 50 tokens).
 */
class TrivialityTest {
    private static final Path DIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
            .resolve("src/test/resources/fixtures/triviality");

    private static ParsedFile parse(String fixture, Set<NoiseFilter> kept) {
        JavaSourceParser parser = new JavaSourceParser(6, 50, new CapabilityMatcher(RuleCatalog.empty()), kept, true);
        ParsedFile file = parser.parse(new SourceFile("m", DIR.resolve(fixture), fixture, StandardCharsets.UTF_8, "17",
                false));
        assertThat(file.problems()).as(fixture).isEmpty();
        return file;
    }

    private static ParsedFile parse(String fixture) {
        return parse(fixture, Set.of());
    }

    private static CodeUnit typeUnit(String fixture) {
        List<CodeUnit> types = parse(fixture).units().stream().filter(u -> u.kind().isType()).toList();
        assertThat(types).as(fixture).hasSize(1);
        return types.get(0);
    }

    private static double similarity(String a, String b) {
        return new SimilarityVerifier(0.0001).similarity(typeUnit(a).fingerprint().normalizedTokens(),
                typeUnit(b).fingerprint().normalizedTokens());
    }

    @Test
    void aUtilityClassOfOneLineDelegationsIsOneLiteralClassUnit() {
        ParsedFile file = parse("TextSupport.java");
        assertThat(file.units()).hasSize(1);
        CodeUnit unit = file.units().get(0);
        assertThat(unit.kind()).isEqualTo(UnitKind.CLASS);
        assertThat(unit.symbol()).isEqualTo("com.example.orders.support.TextSupport");
        assertThat(unit.fingerprint().literal()).isTrue();
        assertThat(unit.fingerprint().normalizedTokens().chars()).allMatch(c -> TokenNormalizer.isLiteralCode((char) c.intValue()));
        assertThat(file.classesWithoutLogic()).isZero();
        assertThat(file.boilerplateMembers()).isGreaterThan(30);
    }

    @Test
    void aConfigurationClassOfSmallBeanMethodsIsALiteralClassUnit() {
        CodeUnit unit = typeUnit("ClientConfiguration.java");
        assertThat(unit.kind()).isEqualTo(UnitKind.CLASS);
        assertThat(unit.fingerprint().literal()).isTrue();
    }

    @Test
    void anInterfaceIsALiteralInterfaceUnitHoldingItsPathsAndSignatures() {
        CodeUnit unit = typeUnit("OrderServiceClient.java");
        assertThat(unit.kind()).isEqualTo(UnitKind.INTERFACE);
        assertThat(unit.kind().isType()).isTrue();
        assertThat(unit.kind().id()).isEqualTo("interface");
        assertThat(unit.fingerprint().literal()).isTrue();
    }

    @Test
    void anInterfacesAnnotationValuesArePartOfItsLiteralTokens() throws IOException {
        String source = Files.readString(DIR.resolve("OrderServiceClient.java"));
        String otherPath = source.replace("\"/orders/{orderId}/cancel\"", "\"/orders/{orderId}/refund\"");
        assertThat(otherPath).isNotEqualTo(source);
        JavaSourceParser parser = new JavaSourceParser(6, 50, new CapabilityMatcher(RuleCatalog.empty()), Set.of());
        CodeUnit original = parser.parse(Units.sourceFile(source)).units().get(0);
        CodeUnit changed = parser.parse(Units.sourceFile(otherPath)).units().get(0);
        assertThat(changed.fingerprint().tokens()).isEqualTo(original.fingerprint().tokens());
        assertThat(changed.fingerprint().normalizedHash()).isNotEqualTo(original.fingerprint().normalizedHash());
        assertThat(changed.fingerprint().normalizedTokens()).isNotEqualTo(original.fingerprint().normalizedTokens());
    }

    /**
     * A Spring Boot application class (newbee-mall-cloud has seven) is its type's annotations over a one-line main:
     * each service's own, naming its own packages, so it is not compared; a client interface of the same length is,
     * since its members' annotations are what it declares.
     */
    @Test
    void aDeclarationIsComparedForMoreThanItsTypesAnnotations() throws IOException {
        String application = """
                package shop.order;

                @SpringBootApplication
                @EnableDiscoveryClient
                @MapperScan("shop.order.dao")
                @EnableFeignClients(basePackageClasses = {GoodsServiceFeign.class, CartServiceFeign.class, UserServiceFeign.class})
                public class OrderServiceApplication {
                    public static void main(String[] args) {
                        SpringApplication.run(OrderServiceApplication.class, args);
                    }
                }
                """;
        JavaSourceParser parser = new JavaSourceParser(6, 50, new CapabilityMatcher(RuleCatalog.empty()), Set.of());
        CodeUnit unit = parser.parse(Units.sourceFile(application)).units().get(0);
        assertThat(unit.fingerprint().literal()).isTrue();
        assertThat(unit.fingerprint().compared()).isFalse();
        CodeUnit client = typeUnit("OrderServiceClient.java");
        assertThat(client.fingerprint().compared()).isTrue();
    }

    @Test
    void aLongMainIsAMethodUnitAndItsClassHasLogic() {
        ParsedFile file = parse("ReindexTool.java");
        assertThat(file.units()).extracting(CodeUnit::symbol).containsExactly("com.example.orders.tools.ReindexTool",
                "com.example.orders.tools.ReindexTool#main(String[])");
        assertThat(file.units()).noneMatch(u -> u.fingerprint().literal());
        CodeUnit main = file.units().get(1);
        assertThat(main.endLine() - main.startLine() + 1).isGreaterThanOrEqualTo(65);
    }

    @Test
    void aMainOfOneStatementIsStillNoise() {
        String application = """
                package shop;

                import org.springframework.boot.SpringApplication;
                import org.springframework.boot.autoconfigure.SpringBootApplication;

                @SpringBootApplication
                public class ShopApplication {
                    public static void main(String[] args) {
                        SpringApplication.run(ShopApplication.class,
                                args);
                    }
                }
                """;
        ParsedFile file = new JavaSourceParser(1, 1, new CapabilityMatcher(RuleCatalog.empty()), Set.of())
                .parse(Units.sourceFile(application));
        assertThat(file.units()).extracting(CodeUnit::symbol).containsExactly("shop.ShopApplication");
        assertThat(file.units().get(0).fingerprint().literal()).isTrue();
        assertThat(file.boilerplateMembers()).isEqualTo(1);
        ParsedFile kept = new JavaSourceParser(1, 1, new CapabilityMatcher(RuleCatalog.empty()),
                EnumSet.of(NoiseFilter.MAIN_METHODS)).parse(Units.sourceFile(application));
        assertThat(kept.units()).extracting(CodeUnit::symbol).contains("shop.ShopApplication#main(String[])");
    }

    @Test
    void keepingClassesWithoutLogicComparesThemByNormalizedTokens() {
        ParsedFile utility = parse("TextSupport.java", EnumSet.of(NoiseFilter.CLASSES_WITHOUT_LOGIC));
        assertThat(utility.units()).hasSize(1);
        assertThat(utility.units().get(0).fingerprint().literal()).isFalse();
        assertThat(utility.units().get(0).fingerprint().normalizedTokens().chars())
                .allMatch(c -> c < TokenNormalizer.NORMAL_CODE_LIMIT);
        CodeUnit client = parse("OrderServiceClient.java", EnumSet.of(NoiseFilter.CLASSES_WITHOUT_LOGIC)).units().get(0);
        assertThat(client.kind()).isEqualTo(UnitKind.INTERFACE);
        assertThat(client.fingerprint().literal()).isFalse();
    }

    @Test
    void literalHashesNeverEqualNormalOnes() {
        CodeUnit literal = typeUnit("TextSupport.java");
        CodeUnit normal = parse("TextSupport.java", EnumSet.of(NoiseFilter.CLASSES_WITHOUT_LOGIC)).units().get(0);
        assertThat(literal.fingerprint().normalizedHash()).isNotEqualTo(normal.fingerprint().normalizedHash());
        assertThat(literal.fingerprint().exactHash()).isNotEqualTo(normal.fingerprint().exactHash());
        // only names, literal values and primitive types are kept
        String names = "package p;\ninterface Api {\n  Body call(Data entry);\n  Form get(Head item);\n}\n";
        CodeUnit literalNames = new JavaSourceParser(1, 1, new CapabilityMatcher(RuleCatalog.empty()), Set.of())
                .parse(Units.sourceFile(names)).units().get(0);
        assertThat(literalNames.fingerprint().literal()).isTrue();
        assertThat(literalNames.fingerprint().tokens()).isEqualTo(9); // Api Body call Data entry Form get Head item
        // type variables and @Override are what a port adds (collections 3 -> 4): left out
        String generic = "package p;\ninterface Box<T> {\n  @Override\n  T pick(T left, T right);\n}\n";
        CodeUnit literalGeneric = new JavaSourceParser(1, 1, new CapabilityMatcher(RuleCatalog.empty()), Set.of())
                .parse(Units.sourceFile(generic)).units().get(0);
        assertThat(literalGeneric.fingerprint().tokens()).isEqualTo(4); // Box pick left right
        // so are the Object the type variables replaced and the compiler notes the port needs
        String before = "package p;\ninterface Box {\n  Object pick(Object left, Object right);\n}\n";
        String after = "package p;\ninterface Box<T> {\n  @SuppressWarnings({\"unchecked\", \"rawtypes\"})\n"
                + "  T pick(T left, T right);\n}\n";
        JavaSourceParser parser = new JavaSourceParser(1, 1, new CapabilityMatcher(RuleCatalog.empty()), Set.of());
        CodeUnit ported = parser.parse(Units.sourceFile(after)).units().get(0);
        CodeUnit original = parser.parse(Units.sourceFile(before)).units().get(0);
        assertThat(ported.fingerprint().normalizedTokens()).isEqualTo(original.fingerprint().normalizedTokens())
                .hasSize(4);
    }

    @Test
    void copiesAreAlmostEqualLiterallyAndDifferentDeclarationsAreNot() {
        double utility = similarity("TextSupport.java", "TextSupportCopy.java");
        double configuration = similarity("ClientConfiguration.java", "ClientConfigurationBilling.java");
        double client = similarity("OrderServiceClient.java", "OrderServiceClientCopy.java");
        double dtos = similarity("CustomerDto.java", "OrderDto.java");
        double orderVsInventory = similarity("OrderServiceClient.java", "InventoryClient.java");
        double orderVsCustomer = similarity("OrderServiceClient.java", "CustomerClient.java");
        double customerVsInventory = similarity("CustomerClient.java", "InventoryClient.java");
        System.out.printf(java.util.Locale.ROOT, "TrivialityTest: literal similarity: utility copy %.3f, configuration copy %.3f, "
                + "client copy %.3f; different DTOs %.3f; different clients %.3f / %.3f / %.3f%n", utility, configuration,
                client, dtos, orderVsInventory, orderVsCustomer, customerVsInventory);
        assertThat(utility).isGreaterThan(0.95);
        assertThat(configuration).isEqualTo(1.0);
        assertThat(client).isEqualTo(1.0);
        assertThat(dtos).isLessThan(0.7);
        assertThat(orderVsInventory).isLessThan(0.7);
        assertThat(orderVsCustomer).isLessThan(0.7);
        assertThat(customerVsInventory).isLessThan(0.7);
    }

    @Test
    void bothReadingsAgreeOnWhichMainIsTrivial() throws IOException {
        String[] bodies = {"", ";", "run(args);", "return;", "++count;", "final int x = args.length;",
            "@SuppressWarnings(\"unused\") int y = 1;", "int z = args.length;", "new Thread(() -> { run(args); }).start();",
            "this.run(args);", "(new Object()).hashCode();", "if (args.length > 0) run(args);", "{ run(args); }",
            "record R(int a) {}", "record R(int a) {} ;", "label: run(args);", "run(args); run(args);",
            "assert args != null;", "throw new IllegalStateException();", "int[] a = {1, 2};",
            "var list = java.util.List.of(args);", "switch (args.length) { default -> run(args); }"};
        List<String> differences = new ArrayList<>();
        int compared = 0;
        for (String body : bodies) {
            String source = "package p;\nclass App {\n    static int count;\n    static void run(String[] a) {}\n"
                    + "    public static void main(String[] args) {\n        " + body + "\n    }\n}\n";
            for (Set<NoiseFilter> kept : List.of(Set.<NoiseFilter>of(), EnumSet.of(NoiseFilter.MAIN_METHODS))) {
                JavaSourceParser parser = new JavaSourceParser(1, 1, new CapabilityMatcher(RuleCatalog.empty()), kept, true);
                SourceFile file = Units.sourceFile(source);
                ParsedFile parsed = parser.parse(file);
                if (!parsed.problems().isEmpty()) {
                    continue;
                }
                List<dev.platformscan.engine.Problem> problems = new ArrayList<>();
                JavaSourceParser.Decoded decoded = JavaSourceParser.decode(file, Files.readAllBytes(file.path()), problems);
                ParsedFile lexed = parser.readLexically(file, decoded.text(), decoded, problems, ClassFileSource.DIRECT, true);
                if (lexed == null) {
                    continue;
                }
                compared++;
                String difference = SourceOutlineTest.difference(parsed, lexed);
                if (difference != null) {
                    differences.add(body + " " + kept + ": " + difference);
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(compared).isGreaterThan(36);
    }

    @Test
    void bothReadingsGiveTheSameUnitsWhateverNoiseIsKept() throws IOException {
        List<String> differences = new ArrayList<>();
        int read = 0;
        for (Set<NoiseFilter> kept : List.of(Set.<NoiseFilter>of(), EnumSet.of(NoiseFilter.CLASSES_WITHOUT_LOGIC),
                EnumSet.of(NoiseFilter.MAIN_METHODS), EnumSet.allOf(NoiseFilter.class))) {
            for (int[] sizes : new int[][] {{6, 50}, {1, 1}}) {
                JavaSourceParser parser = new JavaSourceParser(sizes[0], sizes[1],
                        new CapabilityMatcher(RuleCatalog.empty()), kept, true);
                for (Path path : SourceOutlineTest.javaFiles(DIR)) {
                    SourceFile file = new SourceFile("m", path, path.getFileName().toString(), StandardCharsets.UTF_8,
                            "17", false);
                    ParsedFile parsed = parser.parse(file);
                    List<dev.platformscan.engine.Problem> problems = new ArrayList<>();
                    JavaSourceParser.Decoded decoded = JavaSourceParser.decode(file, Files.readAllBytes(path), problems);
                    ParsedFile lexed = parser.readLexically(file, decoded.text(), decoded, problems,
                            ClassFileSource.DIRECT, true);
                    assertThat(lexed).as("the outline reads " + path.getFileName()).isNotNull();
                    read++;
                    String difference = SourceOutlineTest.difference(parsed, lexed);
                    if (difference != null) {
                        differences.add(path.getFileName() + " " + kept + " " + sizes[0] + "/" + sizes[1] + ": " + difference);
                    }
                }
            }
        }
        assertThat(read).isGreaterThan(80);
        assertThat(differences).isEmpty();
    }
}
