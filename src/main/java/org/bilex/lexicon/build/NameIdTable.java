package org.bilex.lexicon.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** The name→id tables of reach-bioresources-kb: {@code name<TAB>id[<TAB>more…]}, gzipped. */
final class NameIdTable {

    private NameIdTable() {
    }

    /** Every row split on tabs, in file order; comment lines (#…) and blank lines skipped unless keepHash. */
    static List<String[]> read(Path file, boolean keepHash) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || (!keepHash && line.startsWith("#"))) continue;
                String[] c = line.split("\t", -1);
                if (c.length < 2) continue;
                out.add(c);
            }
        }
        return out;
    }
}
