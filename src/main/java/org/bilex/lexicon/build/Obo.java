package org.bilex.lexicon.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A minimal OBO 1.2 reader: the [Term] stanzas with id, name, synonyms, xrefs and namespace. */
final class Obo {

    record Synonym(String text, String scope) {
    }

    record Stanza(String id, String name, String namespace, boolean obsolete, List<Synonym> synonyms, List<String> xrefs) {
    }

    private Obo() {
    }

    static List<Stanza> read(Path file) throws IOException {
        List<Stanza> out = new ArrayList<>();
        try (BufferedReader r = file.toString().endsWith(".gz")
                ? new BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(Files.newInputStream(file), 1 << 16),
                        StandardCharsets.UTF_8))
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            boolean inTerm = false;
            String id = null, name = null, ns = "";
            boolean obsolete = false;
            List<Synonym> syns = new ArrayList<>();
            List<String> xrefs = new ArrayList<>();
            while ((line = r.readLine()) != null) {
                if (line.startsWith("[")) {
                    if (inTerm && id != null) out.add(new Stanza(id, name, ns, obsolete, List.copyOf(syns), List.copyOf(xrefs)));
                    inTerm = line.equals("[Term]");
                    id = null;
                    name = null;
                    ns = "";
                    obsolete = false;
                    syns.clear();
                    xrefs.clear();
                    continue;
                }
                if (!inTerm) continue;
                if (line.startsWith("id: ")) id = line.substring(4).strip();
                else if (line.startsWith("name: ")) name = line.substring(6).strip();
                else if (line.startsWith("namespace: ")) ns = line.substring(11).strip();
                else if (line.startsWith("is_obsolete: true")) obsolete = true;
                else if (line.startsWith("xref: ")) xrefs.add(line.substring(6).split("[ {]", 2)[0].strip());
                else if (line.startsWith("synonym: \"")) {
                    int end = closingQuote(line, 10);
                    if (end < 0) continue;
                    String text = line.substring(10, end).replace("\\\"", "\"");
                    String rest = line.substring(end + 1).strip();
                    String scope = rest.isEmpty() ? "RELATED" : rest.split(" ", 2)[0];
                    syns.add(new Synonym(text, scope));
                }
            }
            if (inTerm && id != null) out.add(new Stanza(id, name, ns, obsolete, List.copyOf(syns), List.copyOf(xrefs)));
        }
        return out;
    }

    private static int closingQuote(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == '"') return i;
        }
        return -1;
    }
}
