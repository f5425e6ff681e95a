package org.bilex.lexicon.build;

import org.bilex.core.EntityType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * miRBase 18 mature miRNAs of human, mouse and rat (mature.fa) with their families (miFam.dat):
 * MIRNA. Each mature miRNA gives two concepts: the mature form with its arm ({@code miR-21-5p})
 * and the arm-less name papers use ({@code miR-21}), both without species prefix as canonical,
 * forms with and without {@code hsa-}/{@code mmu-}/{@code rno-}. The xref is the miRBase
 * family of the precursor ({@code mir-17} family → {@code miR-17}, {@code let-7}); a miRNA in
 * no family gets its own number ({@code miR-2136}). Human first where species disagree.
 */
final class MirbaseReader {

    static final String MATURE = "mirbase/mature.fa";
    static final String FAMILY = "mirbase/miFam.dat";
    static final List<String> SPECIES = List.of("hsa", "mmu", "rno");
    private static final Pattern NAME = Pattern.compile("(?<sp>[a-z]{3})-(?<base>(?:miR|let|lin|mir)-\\d+[a-z]?(?:-\\d+)?)(?:-(?<arm>[35]p))?(?<star>\\*)?");
    private static final Pattern COPY = Pattern.compile("^((?:miR|let|lin)-\\d+[a-z]?)-\\d+$");
    private static final Pattern NUMBER = Pattern.compile("(miR|let)-(\\d+)");

    private MirbaseReader() {
    }

    static List<Term> read(Inputs in) throws IOException {
        Map<String, String> family = new HashMap<>();
        String fam = null;
        for (String l : Files.readAllLines(in.vocab.resolve(FAMILY), StandardCharsets.UTF_8)) {
            if (l.startsWith("ID   ")) fam = l.substring(5).strip();
            else if (l.startsWith("MI   ") && fam != null) {
                String[] c = l.substring(5).strip().split("\\s+");
                if (c.length >= 2) family.put(c[1], fam);
            }
        }
        Map<String, Term> concepts = new LinkedHashMap<>();
        List<String> order = new ArrayList<>();
        for (String sp : SPECIES) {
            for (String l : Files.readAllLines(in.vocab.resolve(MATURE), StandardCharsets.UTF_8)) {
                if (!l.startsWith(">" + sp + "-")) continue;
                String name = l.substring(1).split("\\s+")[0];
                Matcher m = NAME.matcher(name);
                if (!m.matches() || m.group("star") != null) continue;
                String base = m.group("base");
                String arm = m.group("arm");
                String fam0 = familyOf(family, sp, base);
                // canonical without the precursor copy number (miR-218-1-3p → miR-218-3p, as the
                // entity rule names it); the numbered name stays a form
                String full = base.replaceFirst("^mir-", "miR-");
                String stem = COPY.matcher(full).replaceFirst("$1");
                String xref = fam0 != null ? fam0.replaceFirst("^mir-", "miR-") : ownFamily(stem);
                String sfx = arm == null ? "" : "-" + arm;
                Term t = add(concepts, order, stem + sfx, xref, sp);
                if (!full.equals(stem)) {
                    addForm(t, full + sfx);
                    addForm(t, sp + "-" + full + sfx);
                }
                if (arm != null) add(concepts, order, stem, xref, sp);
            }
        }
        List<Term> out = new ArrayList<>();
        for (String k : order) out.add(concepts.get(k));
        return out;
    }

    private static Term add(Map<String, Term> concepts, List<String> order, String canonical, String xref, String sp) {
        Term t = concepts.get(canonical);
        if (t == null) {
            t = new Term("mirbase", MATURE, EntityType.MIRNA, xref, canonical);
            t.add(canonical, Term.PRIMARY);
            concepts.put(canonical, t);
            order.add(canonical);
        }
        addForm(t, sp + "-" + canonical);
        return t;
    }

    private static void addForm(Term t, String form) {
        for (Term.Name n : t.names) if (n.form().equals(form)) return;
        t.add(form, Term.SYNONYM);
    }

    /** The family of the precursor a mature name comes from (hsa-miR-199a-5p ← hsa-mir-199a-1). */
    private static String familyOf(Map<String, String> family, String sp, String base) {
        String pre = sp + "-" + base.replaceFirst("^miR-", "mir-");
        String f = family.get(pre);
        if (f != null) return f;
        for (int i = 1; i <= 9; i++) {
            f = family.get(pre + "-" + i);
            if (f != null) return f;
        }
        return null;
    }

    private static String ownFamily(String name) {
        Matcher m = NUMBER.matcher(name);
        return m.lookingAt() ? m.group(1) + "-" + m.group(2) : name;
    }
}
