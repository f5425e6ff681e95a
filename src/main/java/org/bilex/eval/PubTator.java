package org.bilex.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a PubTator file (the format of BioRED): per document {@code PMID|t|title},
 * {@code PMID|a|abstract}, mention lines {@code PMID TAB start TAB end TAB text TAB type TAB ids}
 * (offsets over {@code title + " " + abstract}), relation lines
 * {@code PMID TAB type TAB id1 TAB id2 TAB novelty}, and a blank line. A line of another shape
 * fails loudly with the file and line number.
 */
public final class PubTator {

    private static final Pattern ID_SEPARATOR = Pattern.compile("[,;]");

    /** A mention: its span, text, BioRED type and concept ids (a composite mention has several). */
    public record Mention(int start, int end, String text, String type, List<String> ids) {
        public Mention {
            ids = List.copyOf(ids);
        }
    }

    /** A document-level relation between two concept ids (undirected in BioRED). */
    public record Relation(String type, String id1, String id2, String novelty) {
    }

    /** One abstract. */
    public record Document(String pmid, String title, String abstractText, List<Mention> mentions,
                           List<Relation> relations) {
        public Document {
            mentions = List.copyOf(mentions);
            relations = List.copyOf(relations);
        }

        /** The text the offsets count in. */
        public String text() {
            return title + " " + abstractText;
        }
    }

    private PubTator() {
    }

    public static List<Document> read(Path file) throws IOException {
        List<Document> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String pmid = null, title = null, abs = null;
            List<Mention> mentions = new ArrayList<>();
            List<Relation> relations = new ArrayList<>();
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank()) {
                    if (pmid != null) out.add(new Document(pmid, title, abs == null ? "" : abs, mentions, relations));
                    pmid = title = abs = null;
                    mentions = new ArrayList<>();
                    relations = new ArrayList<>();
                    continue;
                }
                int bar = line.indexOf('|');
                int tab = line.indexOf('\t');
                if (bar > 0 && (tab < 0 || bar < tab) && line.length() > bar + 2 && line.charAt(bar + 2) == '|') {
                    String id = line.substring(0, bar);
                    char kind = line.charAt(bar + 1);
                    String text = line.substring(bar + 3);
                    if (pmid != null && !pmid.equals(id)) {
                        throw new IOException(file + ":" + no + ": document " + id + " starts before " + pmid + " ended (no blank line)");
                    }
                    pmid = id;
                    if (kind == 't') title = text;
                    else if (kind == 'a') abs = text;
                    else throw new IOException(file + ":" + no + ": unknown text kind '" + kind + "'");
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (pmid == null || !f[0].equals(pmid)) {
                    throw new IOException(file + ":" + no + ": annotation line outside its document");
                }
                if (f.length == 6) {
                    try {
                        List<String> ids = new ArrayList<>();
                        // composite mentions list several ids ("3040,3048"); variant ids hold '|' and stay whole
                        String[] parts = f[4].equals("SequenceVariant") ? new String[]{f[5]} : ID_SEPARATOR.split(f[5]);
                        for (String id : parts) if (!id.isBlank() && !id.equals("-")) ids.add(id.strip());
                        mentions.add(new Mention(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3], f[4], ids));
                    } catch (NumberFormatException e) {
                        throw new IOException(file + ":" + no + ": bad offsets in a mention line");
                    }
                } else if (f.length == 5 || f.length == 4) {
                    relations.add(new Relation(f[1], f[2], f[3], f.length == 5 ? f[4] : ""));
                } else {
                    throw new IOException(file + ":" + no + ": a line of " + f.length + " fields is neither a mention nor a relation");
                }
            }
            if (pmid != null) out.add(new Document(pmid, title, abs == null ? "" : abs, mentions, relations));
        }
        return out;
    }
}
