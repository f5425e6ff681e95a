package org.bilex.lexicon.build;

import org.bilex.core.EntityType;
import org.bilex.lexicon.Concept;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CC-CEDICT entries become Chinese forms of the one known concept an English gloss names. */
class CedictReaderTest {

    private static final Concept PNEUMONIA = new Concept(EntityType.DISEASE, "pneumonia", "DOID:552");
    private static final Concept ETHANOL = new Concept(EntityType.CHEMICAL, "ethanol", "CHEBI:16236");
    private static final Concept STROMA = new Concept(EntityType.TISSUE, "stroma", "UBERON:0003891");
    private static final Concept COLON = new Concept(EntityType.TISSUE, "colon", "UBERON:0001155");
    private static final Concept HEART = new Concept(EntityType.TISSUE, "heart", "UBERON:0000948");
    private static final Concept CAMP = new Concept(EntityType.CHEMICAL, "cAMP", "CHEBI:17489");
    private static final Concept METASTASIS = new Concept(EntityType.PROCESS, "metastasis", "");
    private static final Concept TUMOR = new Concept(EntityType.DISEASE, "tumor", "");
    private static final Concept TUMOR_TISSUE = new Concept(EntityType.TISSUE, "tumor", "");
    private static final Concept FECES = new Concept(EntityType.TISSUE, "stool", "UBERON:0001988");
    private static final Concept EPILEPSY = new Concept(EntityType.DISEASE, "epilepsy", "DOID:1826");

    private List<String> read(Path tmp, String... entries) throws IOException {
        Path vocab = tmp.resolve("vocab");
        Path f = vocab.resolve(CedictReader.FILE);
        Files.createDirectories(f.getParent());
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write(("# CC-CEDICT\n" + String.join("\n", entries) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        // the medical word list that vouches for a one-word field gloss's headword
        Path thuocl = vocab.resolve(ThuoclReader.FILE);
        Files.createDirectories(thuocl.getParent());
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(thuocl))) {
            o.write("癫痫\t500\n粪便\t300\n".getBytes(StandardCharsets.UTF_8));
        }
        Map<String, Set<Concept>> english = new HashMap<>();
        for (Concept c : List.of(PNEUMONIA, ETHANOL, STROMA, COLON, HEART, CAMP, METASTASIS, TUMOR, FECES, EPILEPSY)) {
            english.computeIfAbsent(CedictReader.key(c.canonical()), k -> new LinkedHashSet<>()).add(c);
        }
        english.get("tumor").add(TUMOR_TISSUE);
        Set<String> curated = Set.of("heart", "colon", "stroma", "metastasis", "pneumonia");
        Inputs in = new Inputs(vocab, Path.of("models"), null);
        List<String> out = new ArrayList<>();
        for (Term t : CedictReader.read(in, english, curated)) out.add(t.names.get(0).form() + "=" + t.type + ":" + t.canonical);
        return out;
    }

    @Test
    void chineseHeadwordsTakeTheConceptTheirGlossNames(@TempDir Path tmp) throws IOException {
        assertEquals(List.of("肺炎=DISEASE:pneumonia", "酒精=CHEMICAL:ethanol", "基质=TISSUE:stroma"), read(tmp,
                "肺炎 肺炎 [fei4 yan2] /pneumonia/inflammation of the lungs/",
                // a register remark keeps the sense
                "酒精 酒精 [jiu3 jing1] /(coll.) ethanol; ethyl alcohol/",
                // a later sense counts when its remark names the field
                "基質 基质 [ji1 zhi4] /base solvent (of chemical compound)/stroma (framing biological tissue)/"));
    }

    @Test
    void sensesOutsideTheFieldNameNothing(@TempDir Path tmp) throws IOException {
        assertEquals(List.of(), read(tmp,
                // a remark outside the field
                "冒號 冒号 [mao4 hao4] /colon (punct.)/",
                // the sense's first alternative names no concept
                "中心 中心 [zhong1 xin1] /center; heart; core/",
                // a later sense without a field remark
                "心思 心思 [xin1 si5] /idea; thought/heart/",
                // verbs
                "轉移 转移 [zhuan3 yi2] /to shift; to transfer/(medicine) to metastasize/",
                // two types for one gloss: ambiguous
                "腫瘤 肿瘤 [zhong3 liu2] /tumor/",
                // a one-word gloss that is an English word the curated lexicon does not have
                "凳子 凳子 [deng4 zi5] /stool/small seat/",
                // one character only
                "肺 肺 [fei4] /lung/CL:個|个[ge4]/"));
    }

    @Test
    void aOneWordFieldNameAsTheMainSenseNamesItsConcept(@TempDir Path tmp) throws IOException {
        // "epilepsy" is an English word the curated lexicon lacks, but a disease name (word-names.tsv) and the main sense
        assertEquals(List.of("癫痫=DISEASE:epilepsy"), read(tmp,
                "癲癇 癫痫 [dian1 xian2] /epilepsy/",
                // the same word in a later alternative, after a general one, does not count
                "羊癲 羊癫 [yang2 dian1] /madness; epilepsy/",
                // a headword that is no word of medical text (THUOCL) does not count either
                "羊角風 羊角风 [yang2 jiao3 feng1] /epilepsy/",
                // a one-word name of a type whose one-word names are refused stays out (stool: TISSUE)
                "糞便 粪便 [fen4 bian4] /stool/feces/"));
    }

    @Test
    void englishAndMixedEntriesAreNotForms(@TempDir Path tmp) throws IOException {
        assertEquals(List.of(), read(tmp,
                // a lower-case gloss does not name a mixed-case symbol
                "營地 营地 [ying2 di4] /camp/",
                // headwords with Latin letters are not Chinese names
                "AA制 AA制 [A A zhi4] /pneumonia/",
                "卡拉OK 卡拉OK [ka3 la1 O K] /ethanol/"));
    }

    @Test
    void glossesDropFieldRemarksAndSkipCrossReferences() throws IOException {
        CedictReader.Config cfg = CedictReader.config(Path.of("models"));
        assertEquals(List.of("medulla oblongata"), CedictReader.glosses("(anatomy) medulla oblongata", cfg));
        assertEquals(List.of(), CedictReader.glosses("see 淋病[lin4 bing4]", cfg));
        assertEquals(List.of(), CedictReader.glosses("colon (punct.)", cfg));
        assertEquals(List.of("ethanol", "ethyl alcohol"), CedictReader.glosses("(coll.) ethanol; ethyl alcohol", cfg));
    }

    @Test
    void aLoanwordRemarkKeepsTheTransliteratedName(@TempDir Path tmp) throws IOException {
        CedictReader.Config cfg = CedictReader.config(Path.of("models"));
        // a drug or chemical name rendered by its sound, marked (loanword) before or after it
        assertEquals(List.of("oseltamivir"), CedictReader.glosses("(loanword) oseltamivir", cfg));
        assertEquals(List.of("ketamine"), CedictReader.glosses("ketamine (loanword)", cfg));
        assertEquals(List.of("piracetam"), CedictReader.glosses("(pharmacology) (loanword) piracetam", cfg));
        // the headword becomes the known concept's form; a loanword that names no concept of the field stays out
        assertEquals(List.of("乙醇=CHEMICAL:ethanol"), read(tmp,
                "乙醇 乙醇 [yi3 chun2] /(loanword) ethanol/",
                "沙發 沙发 [sha1 fa1] /(loanword) sofa/"));
    }

    @Test
    void glossesKeepTheNameBeforeAnAbbreviationAnAppositionOrAFormula() throws IOException {
        CedictReader.Config cfg = CedictReader.config(Path.of("models"));
        // the name's own symbol in brackets, then what it is: the name is the gloss
        assertEquals(List.of("tryptophan"), CedictReader.glosses("tryptophan (Trp), an essential amino acid", cfg));
        assertEquals(List.of("adenosine triphosphate"), CedictReader.glosses("adenosine triphosphate (ATP)", cfg));
        // a chemical formula after the name; a name that ends in a letter and a number stays whole
        assertEquals(List.of("glucose"), CedictReader.glosses("glucose C6H12O6", cfg));
        assertEquals(List.of("urea"), CedictReader.glosses("urea (NH2)2CO", cfg));
        assertEquals(List.of("vitamin B12"), CedictReader.glosses("vitamin B12", cfg));
        // a lower-case remark is no abbreviation: it still keeps the gloss out
        assertEquals(List.of(), CedictReader.glosses("pike (fish)", cfg));
    }
}
