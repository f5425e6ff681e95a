package org.bilex.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalises spellings of symbols inside rule-made names ({@code models/rules/symbol-variants.tsv}). */
public final class SymbolVariants {

    static final String HEADER = "variant\tnormal\tsource";
    public static final SymbolVariants NONE = new SymbolVariants(List.of());

    private record Variant(Pattern pattern, Template normal) {
    }

    private final List<Variant> variants;

    private SymbolVariants(List<Variant> variants) {
        this.variants = List.copyOf(variants);
    }

    public static SymbolVariants load(Path file) {
        List<Variant> out = new ArrayList<>();
        for (RuleFiles.Row r : RuleFiles.read(file, HEADER)) {
            out.add(new Variant(RuleFiles.compile("(?<![A-Za-z0-9])(?:" + r.get(0) + ")(?![A-Za-z0-9])", file, r.line()),
                    new Template(r.get(1))));
        }
        return new SymbolVariants(out);
    }

    public String normalize(String name) {
        String out = name;
        for (Variant v : variants) {
            Matcher m = v.pattern().matcher(out);
            StringBuilder sb = new StringBuilder();
            while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(v.normal().render(m)));
            m.appendTail(sb);
            out = sb.toString();
        }
        return out;
    }
}
