package dev.platformscan.it.browser;

import dev.platformscan.engine.PlatformScanEngine;
import dev.platformscan.engine.Problem;
import dev.platformscan.engine.ScanListener;
import dev.platformscan.engine.ScanRequest;
import dev.platformscan.engine.ScanResult;
import dev.platformscan.engine.report.ReportWriter;
import dev.platformscan.engine.report.html.HtmlReportRenderer;
import dev.platformscan.engine.scan.ModuleSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Scans a repository through the engine API, as the mojo does, and writes its report.html. */
final class ReportFixture {
    static final Path DEMO = Path.of("demo");

    private ReportFixture() {
    }

    static ScanResult scan(Path root, List<ModuleSource> modules) throws InterruptedException {
        ScanRequest request = ScanRequest.defaults(root.toAbsolutePath(), modules);
        return new PlatformScanEngine().scan(request, new ScanListener() {
            @Override
            public void info(String message) {
            }

            @Override
            public void problem(Problem problem) {
            }
        });
    }

    /** Every module of a Maven repository on disk: coordinates from the POMs, the standard source directories. */
    static List<ModuleSource> mavenModules(Path root) throws Exception {
        List<Path> poms;
        try (Stream<Path> files = Files.walk(root)) {
            poms = files.filter(path -> path.getFileName().toString().equals("pom.xml"))
                    .filter(path -> !path.toString().contains("/target/")).sorted().toList();
        }
        List<ModuleSource> modules = new ArrayList<>();
        for (Path pom : poms) {
            Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
            String groupId = child(project, "groupId");
            if (groupId == null) {
                groupId = child((Element) project.getElementsByTagName("parent").item(0), "groupId");
            }
            Path base = pom.getParent().toAbsolutePath();
            String path = root.toAbsolutePath().relativize(base).toString().replace('\\', '/');
            String packaging = child(project, "packaging");
            modules.add(new ModuleSource(groupId + ":" + child(project, "artifactId"), path, base,
                    packaging == null ? "jar" : packaging, existing(base.resolve("src/main/java")),
                    existing(base.resolve("src/test/java")), "UTF-8", "17"));
        }
        return modules;
    }

    /** Text of a direct child element, or null. */
    private static String child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().trim();
            }
        }
        return null;
    }

    private static List<Path> existing(Path directory) {
        return Files.isDirectory(directory) ? List.of(directory) : List.of();
    }

    /** Writes report.html into the directory with the product's report writer; returns the file. */
    static Path render(ScanResult result, Path directory) throws IOException {
        return new ReportWriter().write(result, List.of(new HtmlReportRenderer()), directory).get(0);
    }
}
