package org.bilex.lexicon.build;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.bilex.core.EntityType;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * DrugBank open vocabulary (drugbank-vocabulary/, CC0): CHEMICAL, one concept per drug, xref
 * {@code DRUGBANK:DBnnnnn}, canonical the common name (capitalised words lower-cased). Forms: the
 * common name and the synonyms, less what is not a name a paper writes: IUPAC-like systematic
 * names (two or more separate numbers: "1-beta-D-ribofuranosyl-1,2,4-triazole…"), names with
 * letters outside ASCII or Greek and the Latin/French/Spanish spellings of an INN (the common
 * name plus -a, -e, -o, -um), and names over 60 characters. A drug with an InChI key has a
 * structure, so a one-word name that is an English word (lithium, alcohol) may stay by
 * {@code word-names.tsv}; allergen extracts and foods (Carrot) have none. A concept that ChEBI
 * or the curated lexicon already has joins it by name (see the builder).
 */
final class DrugbankReader {

    static final String FILE = "drugbank-vocabulary/drugbank_vocabulary.csv.gz";
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern FOREIGN = Pattern.compile(".*[^\\p{ASCII}\\p{IsGreek}].*");

    private DrugbankReader() {
    }

    static List<Term> read(Inputs in) throws IOException {
        List<Term> out = new ArrayList<>();
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (InputStream raw = Files.newInputStream(in.vocab.resolve(FILE));
             Reader r = new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8);
             MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(r)) {
            boolean header = true;
            while (it.hasNext()) {
                String[] c = it.next();
                if (header) {
                    header = false;
                    if (c.length < 7 || !c[0].equals("DrugBank ID") || !c[5].equals("Synonyms")) {
                        throw new IOException(FILE + ": unexpected header " + String.join(",", c));
                    }
                    continue;
                }
                if (c.length < 7 || c[2].isBlank()) continue;
                String common = c[2].strip();
                Term t = new Term("drugbank", FILE, EntityType.CHEMICAL, "DRUGBANK:" + c[0].strip(), Names.lowerWords(common));
                t.structure = !c[6].isBlank();
                if (usable(common, common)) t.add(Names.lowerWords(common), Term.PRIMARY);
                for (String s : c[5].split(" \\| ")) {
                    s = s.strip();
                    if (!s.isEmpty() && usable(s, common)) t.add(Names.lowerWords(s), Term.SYNONYM);
                }
                if (!t.names.isEmpty()) out.add(t);
            }
        }
        return out;
    }

    private static boolean usable(String name, String common) {
        if (name.length() > 60 || FOREIGN.matcher(name).matches()) return false;
        java.util.regex.Matcher m = NUMBER.matcher(name);
        int numbers = 0;
        while (m.find()) numbers++;
        if (numbers >= 2) return false;
        String l = name.toLowerCase(Locale.ROOT);
        String base = common.toLowerCase(Locale.ROOT);
        if (!l.equals(base) && l.startsWith(base) && List.of("a", "e", "o", "um").contains(l.substring(base.length()))) return false;
        if (!l.equals(base) && base.endsWith("e") && l.startsWith(base.substring(0, base.length() - 1))
                && List.of("a", "o", "um").contains(l.substring(base.length() - 1))) return false;
        return true;
    }
}
