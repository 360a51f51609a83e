package dev.platformscan.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of platform-scan, as built (written into reports and cache keys). */
public final class ToolVersion {
    private static final String VERSION = load();

    private ToolVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/META-INF/platform-scan/tool.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "unknown");
            return version.startsWith("${") ? "unknown" : version;
        } catch (IOException e) {
            return "unknown";
        }
    }
}
