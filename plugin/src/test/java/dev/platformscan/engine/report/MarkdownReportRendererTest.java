package dev.platformscan.engine.report;

import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.ScanSummary;
import dev.platformscan.engine.report.markdown.MarkdownReportRenderer;
import dev.platformscan.engine.score.Opportunity;
import dev.platformscan.engine.score.Opportunity.Confidence;
import dev.platformscan.engine.score.Opportunity.Copy;
import dev.platformscan.engine.score.Opportunity.CopyMember;
import dev.platformscan.engine.score.Opportunity.Effort;
import dev.platformscan.engine.score.Opportunity.Impact;
import dev.platformscan.engine.score.Opportunity.Pioneer;
import dev.platformscan.engine.score.Opportunity.Reach;
import dev.platformscan.engine.score.Opportunity.SuggestedComponent;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReportRendererTest {

    private static final List<Extension> GFM = List.of(TablesExtension.create(), StrikethroughExtension.create());

    @Test
    void headlineTableOfTheTopTenSectionsOnTheTopFiveAndAClosingLine() throws Exception {
        List<Opportunity> opportunities = IntStream.rangeClosed(1, 12).mapToObj(rank -> opportunity(rank,
                "Capability " + rank + ": 3 modules, 2 teams", "com.acme:orders", "src/main/java/A" + rank + ".java")).toList();
        String md = render(result(opportunities, List.of()));
        Node document = parse(md);

        assertThat(md).startsWith("# Platform opportunities\n\n**1,629 duplicated lines** (44.0% of 3,701 lines of code in 9 modules):"
                + " **12 platform opportunities**");
        List<List<String>> table = table(document);
        assertThat(table).hasSize(11);
        assertThat(table.get(0)).containsExactly("#", "Opportunity", "Reach (modules, teams)",
                "Impact (duplicated / redundant lines)", "Confidence", "Effort", "Score", "Pioneer");
        assertThat(table.get(1)).containsExactly("1", "Capability 1: 3 modules, 2 teams",
                "3 modules: orders, billing, users; 2 teams: payments, identity", "1,410 / 940", "0.81", "1.25", "1,234.5",
                "orders");
        assertThat(table.get(10).get(0)).isEqualTo("10");

        List<String> headings = headings(document, 2);
        assertThat(headings).containsExactly("1. Capability 1: 3 modules, 2 teams", "2. Capability 2: 3 modules, 2 teams",
                "3. Capability 3: 3 modules, 2 teams", "4. Capability 4: 3 modules, 2 teams", "5. Capability 5: 3 modules, 2 teams");
        assertThat(md).contains("- **Reach 2.00**: 2 teams own the 3 copies (from CODEOWNERS)")
                .contains("- **Impact 940.0**: 940 lines would go away with one shared copy")
                .contains("- **Confidence 0.81**: similarity 0.90 × capability 0.90")
                .contains("- **Effort 1.25**: copies drifted 25% apart")
                .contains("**Suggested component:** `platform-auth: TokenService`, offering `issue`, `verify`")
                .contains("**Pioneer:** orders, `com.acme.orders.TokenCodec` in `src/main/java/A1.java`: most complete: 500 lines")
                .contains("- orders (team `payments`), 500 lines: `src/main/java/A1.java:10-60`, `src/main/java/A1.java:70-90`")
                .contains("- users, 410 lines: `users/src/main/java/Tokens.java:5-40`");
        assertThat(md).doesNotContain("## 6.");
        assertThat(md.strip()).endsWith("2 more opportunities (2,820 duplicated lines) not shown here. Every opportunity, cluster"
                + " and copy is in the full reports beside this file: `report.html` (for people) and `report.json` (for tools),"
                + " written when `platform.formats` lists `html` and `json`.");
    }

    @Test
    void noOpportunitiesSaysSoAndNamesUnreadableFiles() throws Exception {
        String md = render(result(List.of(), List.of(new Problem("a/B.java", 3, "cannot parse"))));
        assertThat(md).contains("**0 platform opportunities**.")
                .contains("No capability is implemented more than once across modules. 1 file could not be read completely")
                .doesNotContain("| #");
    }

    @Test
    void textFromCodeIsShownAsItIsAndCannotBreakTheMarkup() throws Exception {
        String title = "Tokens | JWT <script>alert(1)</script> & *bold* _em_ [link](http://x.invalid) `tick` ~~gone~~ "
                + "#5 $x$ \\|back\nslash ![img](y)";
        String module = "com.acme:ord|ers<b>*";
        String file = "src/ma|in/`A`_x_.java";
        Opportunity hostile = new Opportunity("capability:x", 1, "x", "X", title, 2.5,
                new Reach(List.of(module, "com.acme:b`illing"), List.of("@org/team_a*", "back\\|slash"), "CODEOWNERS", 1,
                        "line1\nline2 | <img src=x>"),
                new Impact(100, 50, 2, 3, -1, 50, "**x** [y]"),
                new Confidence(0.9, 0.9, 0.81, "`code` <i>"),
                new Effort(0.2, 1, 1.2, "a_b_c"),
                List.of("c1"),
                List.of(new Copy(module, "team|x", 60, List.of(new CopyMember("c1", file, "A#m(List<String>)", 1, 60)),
                        List.of(), List.of())),
                new Pioneer(module, file, "com.acme.A#m(List<String>)``|", "tested by <ATest> & *most* complete"),
                new SuggestedComponent("platform-`x`", "Type<T>", List.of("op|1", "``op2")));
        String md = render(result(List.of(hostile), List.of()));
        Node document = parse(md);

        String shown = title.replace('\n', ' ');
        List<List<String>> table = table(document);
        assertThat(table).hasSize(2);
        assertThat(table.get(1)).containsExactly("1", shown, "2 modules: ord|ers<b>*, b`illing; 2 teams: @org/team_a*, back\\|slash",
                "100 / 50", "0.81", "1.20", "2.50", "ord|ers<b>*");
        assertThat(headings(document, 2)).containsExactly("1. " + shown);
        assertThat(codeSpans(document)).as("team names in code spans: GitHub does not notify them")
                .contains("@org/team_a*", "team|x");
        assertThat(codeSpans(document)).contains("platform-`x`: Type<T>", "op|1", "``op2", "com.acme.A#m(List<String>)``|",
                file, file + ":1-60");
        assertThat(md).doesNotContain("<script>", "<img", "<b>", "<i>", "<ATest>");
        assertThat(nodes(document, HtmlInline.class)).isEmpty();
        assertThat(nodes(document, HtmlBlock.class)).isEmpty();
        assertThat(nodes(document, Link.class)).isEmpty();
        assertThat(nodes(document, Image.class)).isEmpty();
        assertThat(nodes(document, Emphasis.class)).isEmpty();
        assertThat(nodes(document, Strikethrough.class)).isEmpty();
        assertThat(nodes(document, HardLineBreak.class)).isEmpty();
        String plain = text(document);
        assertThat(plain).contains("line1 line2 | <img src=x>", "**x** [y]", "`code` <i>", "a_b_c",
                "tested by <ATest> & *most* complete", "team|x");
    }

    @Test
    void staysUnderTheCommentLimitWhateverTheInput() throws Exception {
        String huge = "x|<*>_`".repeat(20_000);
        List<CopyMember> members = IntStream.range(0, 500)
                .mapToObj(i -> new CopyMember("c", "m/src/main/java/" + huge + i + ".java", "S" + i, i, i + 10)).toList();
        List<Copy> copies = IntStream.range(0, 300)
                .mapToObj(i -> new Copy("g:m" + i + huge, huge, 10, members, List.of(), List.of())).toList();
        List<String> names = IntStream.range(0, 1_000).mapToObj(i -> "g:" + huge + i).toList();
        List<Opportunity> opportunities = IntStream.rangeClosed(1, 2_000).mapToObj(rank -> new Opportunity("o" + rank, rank,
                "x", huge, huge + rank, 1e12, new Reach(names, names, "pom", 1000, huge), new Impact(10, 5, 2, 1, 3, 5, huge),
                new Confidence(1, 1, 1, huge), new Effort(0, 0, 1, huge), List.of("c"), copies,
                new Pioneer(huge, huge, huge, huge), new SuggestedComponent(huge, huge, names))).toList();

        String md = render(result(opportunities, List.of()));

        assertThat(md.length()).isLessThanOrEqualTo(MarkdownReportRenderer.MAX_CHARS);
        assertThat(md).contains("to keep this report under 60,000 characters")
                .contains("1,990 more opportunities (19,900 duplicated lines) not shown here.");
        Node document = parse(md);
        assertThat(table(document)).isNotEmpty().allSatisfy(row -> assertThat(row).hasSize(8));
        assertThat(nodes(document, HtmlInline.class)).isEmpty();
    }

    @Test
    void sameResultSameBytes() throws Exception {
        ScanResult result = result(List.of(opportunity(1, "T", "g:a", "F.java"), opportunity(2, "U", "g:b", "G.java")), List.of());
        assertThat(render(result)).isEqualTo(render(result));
    }

    // ---- inputs

    private static ScanResult result(List<Opportunity> opportunities, List<Problem> problems) {
        return new ScanResult("1.0", ScanRequest.defaults(Path.of("/repo"), List.of()),
                new ScanSummary(9, 78, 3_701, 130, 9, 1_629, 0.4401, 0, 0, 0, 0), List.of(), List.of(), problems,
                Duration.ofSeconds(3), opportunities, null);
    }

    private static Opportunity opportunity(int rank, String title, String pioneerModule, String pioneerFile) {
        return new Opportunity("capability:c" + rank, rank, "c" + rank, "Capability " + rank, title, 1234.5,
                new Reach(List.of("com.acme:orders", "com.acme:billing", "com.acme:users"), List.of("payments", "identity"),
                        "CODEOWNERS", 2, "2 teams own the 3 copies (from CODEOWNERS)"),
                new Impact(1_410, 940, 3, 12, -1, 940, "940 lines would go away with one shared copy"),
                new Confidence(0.9, 0.9, 0.81, "similarity 0.90 × capability 0.90"),
                new Effort(0.25, 1.0, 1.25, "copies drifted 25% apart"),
                List.of("c-a", "c-b"),
                List.of(new Copy("com.acme:orders", "payments", 500, List.of(
                                new CopyMember("c-a", pioneerFile, "com.acme.orders.TokenCodec", 10, 60),
                                new CopyMember("c-b", pioneerFile, "com.acme.orders.TokenCodec#verify(String)", 70, 90)),
                                List.of("OrdersTest"), List.of()),
                        new Copy("com.acme:users", null, 410, List.of(
                                new CopyMember("c-a", "users/src/main/java/Tokens.java", "com.acme.users.Tokens", 5, 40)),
                                List.of(), List.of())),
                new Pioneer(pioneerModule, pioneerFile, "com.acme.orders.TokenCodec", "most complete: 500 lines"),
                new SuggestedComponent("platform-auth", "TokenService", List.of("issue", "verify")));
    }

    private static String render(ScanResult result) throws Exception {
        StringWriter out = new StringWriter();
        new MarkdownReportRenderer().render(result, out);
        return out.toString();
    }

    // ---- reading the Markdown back as GitHub would

    private static Node parse(String md) {
        return Parser.builder().extensions(GFM).build().parse(md);
    }

    private static <T extends Node> List<T> nodes(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            if (type.isInstance(child)) {
                found.add(type.cast(child));
            }
            found.addAll(nodes(child, type));
        }
        return found;
    }

    /** The text a reader sees: literal text and code, without markup. */
    private static String text(Node node) {
        if (node instanceof Text text) {
            return text.getLiteral();
        }
        if (node instanceof Code code) {
            return code.getLiteral();
        }
        StringBuilder out = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            out.append(text(child));
        }
        return out.toString();
    }

    private static List<List<String>> table(Node document) {
        List<TableBlock> tables = nodes(document, TableBlock.class);
        if (tables.isEmpty()) {
            return List.of();
        }
        assertThat(tables).hasSize(1);
        return nodes(tables.get(0), TableRow.class).stream()
                .map(row -> nodes(row, TableCell.class).stream().map(MarkdownReportRendererTest::text).toList())
                .toList();
    }

    private static List<String> headings(Node document, int level) {
        return nodes(document, Heading.class).stream().filter(h -> h.getLevel() == level)
                .map(MarkdownReportRendererTest::text).toList();
    }

    private static List<String> codeSpans(Node document) {
        return nodes(document, Code.class).stream().map(Code::getLiteral).toList();
    }
}
