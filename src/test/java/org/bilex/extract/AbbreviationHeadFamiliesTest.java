package org.bilex.extract;

import org.bilex.testing.RealModels;
import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An abbreviation a document defines for a long form no lexicon knows is typed by the long form's head
 * (models/rules/heads.tsv): a member designation after an English head no longer hides it ("receptor type 2",
 * "receptor alpha", "dystrophy type II"), as in Chinese (缺氧诱导因子-1α); heads for peptides (肽), blood and urine
 * states (-emia 贫血, -uria), strokes (卒中), malformations (畸形), obstructions (梗阻), retardation (迟缓) and
 * disorders (障碍), in both languages.
 */
class AbbreviationHeadFamiliesTest {

    @Test
    void aMemberDesignationAfterTheHeadKeepsTheHead() {
        HeadTypes h = HeadTypes.load(Path.of("models/rules/heads.tsv"), org.bilex.lexicon.FormVariants.of(Path.of("models/lexicon/form-variants.tsv")));
        assertEquals(EntityType.PROTEIN, h.english("prolactin-releasing peptide receptor type 2"));
        assertEquals(EntityType.PROTEIN, h.english("zeta opioid receptor subtype 1b"));
        assertEquals(EntityType.PROTEIN, h.english("retinoid orphan receptor alpha"));
        assertEquals(EntityType.DISEASE, h.english("granular corneal dystrophy type ii"));
        // a number that is no member of the head's family: no head, no type
        assertNull(h.english("day 14"));
        assertNull(h.english("type 2"));
        // the member words and the Greek letters are data: heads.tsv rows of type member, form-variants.tsv greek rows
        assertEquals(EntityType.PROTEIN, h.english("phosphodiesterase receptor isoform 2"));
        assertEquals(EntityType.PROTEIN, h.english("estrogen receptor β"));
        assertEquals(EntityType.PROTEIN, h.chinese("雌激素受体-β"));
    }

    @Test
    void aMemberWordIsEnglishOnlyAndAnUnknownTypeFailsAtLoad(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        org.bilex.lexicon.FormVariants v = org.bilex.lexicon.FormVariants.of(Path.of("models/lexicon/form-variants.tsv"));
        Path zh = dir.resolve("zh.tsv");
        java.nio.file.Files.writeString(zh, "lang\thead\ttype\tsource\nzh\t型\tmember\tx\n");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> HeadTypes.load(zh, v))
                .getMessage().contains("English only"));
        Path bad = dir.resolve("bad.tsv");
        java.nio.file.Files.writeString(bad, "lang\thead\ttype\tsource\nen\tvariant\tmembr\tx\n");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> HeadTypes.load(bad, v))
                .getMessage().contains("unknown type 'membr'"));
    }

    @Test
    void englishReceptorAndPeptideFamilies() {
        List<String> m = mentions("Neuromedin U receptor type 2 (NMUR2) and gastrin-releasing polypeptide (GRPP) were measured, and NMUR2 fell.");
        has(m, EntityType.PROTEIN, "NMUR2");
        has(m, EntityType.PROTEIN, "gastrin-releasing polypeptide");
        has(m, EntityType.PROTEIN, "GRPP");
        m = mentions("Orphanin receptor beta (ORB) binds the cocaine-regulated peptide (CRP-x), and ORB signals.");
        has(m, EntityType.PROTEIN, "ORB");
    }

    /** "TYPE canonical: forms" of the entity holding a form, or null. */
    static String entityOf(String text, String form) {
        String lang = org.bilex.core.Chars.hasHan(text) ? "zh" : "en";
        org.bilex.nlp.Sentence s = new org.bilex.nlp.Sentence(1, 0, org.bilex.text.Role.BODY, "", text, 1, lang, List.of(lang),
                List.of(), List.of(), false, org.bilex.core.MatchFolder.fold(text, List.of()));
        EntityResult r = RealModels.pipeline().entities().extract(List.of(new org.bilex.nlp.AnalyzedSentence(s,
                RealModels.pipeline().tokenizer().tokenize(s.match().text()))));
        for (Entity e : r.entities()) if (e.forms().contains(form)) return e.type() + " " + e.canonical() + ": " + e.forms();
        return "none";
    }

    @Test
    void aKnownNameEndingTheLongFormIsWhatTheShortFormNames() {
        // the long form ran on over a word glued to the name by a hyphen: the short form is the known name's
        String e = entityOf("The CD47-signal regulatory protein alpha (SIRPa) interaction was blocked, and SIRPa fell.", "SIRPa");
        assertTrue(e.startsWith("PROTEIN SIRPA:"), e);
        // no known name ends the long form: the head's new concept, named by the long form
        e = entityOf("The IL6-glycoprotein 130 kappa receptor (GKR) was high, and GKR fell.", "GKR");
        assertTrue(e.startsWith("PROTEIN IL6-glycoprotein 130 kappa receptor:"), e);
    }

    @Test
    void chinesePeptideFamily() {
        List<String> m = mentions("在肥胖患者中，脑肠肽（BGPX）减少，BGPX水平与摄食有关。");
        has(m, EntityType.PROTEIN, "脑肠肽");
        has(m, EntityType.PROTEIN, "BGPX");
    }

    @Test
    void englishDiseaseHeads() {
        List<String> m = mentions("Children with transfusion-dependent sideroblastic anaemia (TDSA) and congenital anorectal malformations (CARMs) had intrauterine growth retardation (IUGR); TDSA was rare.");
        has(m, EntityType.DISEASE, "TDSA");
        has(m, EntityType.DISEASE, "CARMs");
        has(m, EntityType.DISEASE, "IUGR");
        m = mentions("Rats with partial bladder outlet obstruction (PBOO) and lacunar stroke (LS) showed hypercalciuria (HC).");
        has(m, EntityType.DISEASE, "PBOO");
        has(m, EntityType.DISEASE, "LS");
        has(m, EntityType.DISEASE, "HC");
    }

    @Test
    void chineseDiseaseHeads() {
        List<String> m = mentions("遗传性铁粒幼细胞贫血（HSA）患儿常伴有肛门直肠畸形（ARM），HSA预后较差。");
        has(m, EntityType.DISEASE, "HSA");
        has(m, EntityType.DISEASE, "ARM");
        m = mentions("我们建立部分膀胱出口梗阻（PBOO）模型，并观察腔隙性卒中（LS）与宫内生长迟缓（IUGR）。");
        has(m, EntityType.DISEASE, "部分膀胱出口梗阻");
        has(m, EntityType.DISEASE, "PBOO");
        has(m, EntityType.DISEASE, "LS");
        has(m, EntityType.DISEASE, "IUGR");
        hasNo(m, "我们建立部分膀胱出口梗阻");
        m = mentions("持续性躯体形式障碍（PSD）患者的睡眠较差。");
        has(m, EntityType.DISEASE, "PSD");
    }

    @Test
    void aHeadTheRowsDoNotListGivesNothing() {
        // "risk factor" has no head row (no English factor row: risk factors, transcription factors are no entities)
        List<String> m = mentions("Smoking is a modifiable risk factor (MRF) of stroke, and MRF control helps.");
        hasNo(m, "MRF");
        hasNo(m, "modifiable risk factor");
    }
}
