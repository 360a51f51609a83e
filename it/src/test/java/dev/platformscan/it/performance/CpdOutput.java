package dev.platformscan.it.performance;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What PMD CPD wrote to {@code target/cpd.xml}: how many duplications (each a set of two or more equal
 * token runs), the lines they cover counted once per extra copy, the files it could not read, and the
 * report's size.
 */
record CpdOutput(long duplications, long duplicatedLines, long errors, long bytes) {
    private static final Pattern DUPLICATION = Pattern.compile("<duplication\\s+lines=\"(\\d+)\"");
    private static final Pattern FILE = Pattern.compile("<file\\s");
    private static final Pattern ERROR = Pattern.compile("<error\\s");

    static final CpdOutput NONE = new CpdOutput(-1, -1, -1, -1);

    static CpdOutput read(Path cpdXml) throws IOException {
        if (!Files.exists(cpdXml)) {
            return NONE;
        }
        long duplications = 0;
        long lines = 0;
        long currentLines = 0;
        long currentFiles = 0;
        long errors = 0;
        try (BufferedReader reader = Files.newBufferedReader(cpdXml, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                Matcher duplication = DUPLICATION.matcher(line);
                if (duplication.find()) {
                    lines += currentLines * Math.max(0, currentFiles - 1);
                    duplications++;
                    currentLines = Long.parseLong(duplication.group(1));
                    currentFiles = 0;
                }
                if (ERROR.matcher(line).find()) {
                    errors++;
                }
                Matcher file = FILE.matcher(line);
                while (file.find()) {
                    currentFiles++;
                }
            }
        }
        lines += currentLines * Math.max(0, currentFiles - 1);
        return new CpdOutput(duplications, lines, errors, Files.size(cpdXml));
    }
}
