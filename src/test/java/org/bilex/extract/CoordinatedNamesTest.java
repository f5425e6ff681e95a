package org.bilex.extract;

import org.bilex.core.EntityType;
import org.bilex.lexicon.LexiconException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.bilex.testing.RealModels.canonicals;
import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;
import static org.bilex.testing.RealModels.named;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** coordination.tsv (CoordinatedNames): list items that share a head written once after the last item. */
class CoordinatedNamesTest {

    @Test
    void diseasesThatShareTheirHead() {
        List<String> c = canonicals("Carriers of the variant face a higher risk of breast and ovarian cancer.");
        named(c, EntityType.DISEASE, "breast cancer");
        named(c, EntityType.DISEASE, "ovarian cancer");
        // a list of three, with commas
        c = canonicals("The drug was tested in lung, breast and colon cancers.");
        named(c, EntityType.DISEASE, "lung cancer");
        named(c, EntityType.DISEASE, "breast cancer");
        named(c, EntityType.DISEASE, "colon cancer");
        c = canonicals("Adults with type 1 or type 2 diabetes took part in the trial.");
        named(c, EntityType.DISEASE, "type 1 diabetes mellitus");
        named(c, EntityType.DISEASE, "type 2 diabetes mellitus");
        c = canonicals("小鼠的肝、肾纤维化在给药后均有减轻。");
        named(c, EntityType.DISEASE, "liver fibrosis");
        named(c, EntityType.DISEASE, "renal fibrosis");
    }

    @Test
    void cellSubsetsThatShareTheirHead() {
        List<String> m = mentions("Both CD4+ and CD8+ T cells were counted in the biopsies.");
        has(m, EntityType.CELL, "CD4+");
        has(m, EntityType.CELL, "CD8+ T cells");
        // the marker of the first item stays an entity, as inside the whole name
        has(m, EntityType.MARKER, "CD4");
        named(canonicals("T and B cells were counted in the spleen."), EntityType.CELL, "T cell");
        m = mentions("病灶中CD4+和CD8+ T细胞的数量均增加。");
        has(m, EntityType.CELL, "CD4+");
        has(m, EntityType.MARKER, "CD4");
        named(canonicals("病灶中CD4+和CD8+ T细胞的数量均增加。"), EntityType.CELL, "CD4+ T cell");
    }

    @Test
    void aFirstItemThatMakesNoKnownNameStaysWhatItWas() {
        // "tissue cancer" is no name: the breast tissue stays a tissue
        List<String> c = canonicals("Breast tissue and ovarian cancer samples were collected.");
        named(c, EntityType.TISSUE, "breast");
        assertFalse(c.contains("DISEASE breast cancer"), c.toString());
        // a first item that is a whole name of the type already shares no head: the cell line stays the cell line
        named(canonicals("HEK293 and HeLa cells were transfected with the plasmid."), EntityType.CELL, "HEK293");
        // no conjunction right before the name: no list
        c = canonicals("The breast of patients with ovarian cancer was imaged.");
        assertFalse(c.contains("DISEASE breast cancer"), c.toString());
        c = canonicals("乳腺组织和卵巢癌标本均已收集。");
        assertFalse(c.contains("DISEASE breast cancer"), c.toString());
        hasNo(mentions("乳腺组织和卵巢癌标本均已收集。"), "乳腺");
        // a one-character head is a suffix: 慢性、复发性皮肤病 names no venereal disease (性病)
        hasNo(mentions("特应性皮炎是一种常见的慢性、复发性、炎症性皮肤病。"), "性");
    }

    @Test
    void aBadRowFailsAtLoad(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("coordination.tsv");
        String header = "lang\tkind\tvalue\tsource\n";
        Files.writeString(f, header + "en\tconjunction\tand\tx\nzh\tconjunction\t和\tx\n-\tclass\tDISEASE\tx\n");
        assertThrows(LexiconException.class, () -> CoordinatedNames.load(f, List.of()));
        Files.writeString(f, header + "en\tconjunction\tand\tx\nzh\tconjunction\t和\tx\n-\ttype\tORGAN\tx\n");
        assertThrows(LexiconException.class, () -> CoordinatedNames.load(f, List.of()));
        Files.writeString(f, header + "en\tconjunction\tand\t\nzh\tconjunction\t和\tx\n-\ttype\tDISEASE\tx\n");
        assertThrows(LexiconException.class, () -> CoordinatedNames.load(f, List.of()));
        Files.writeString(f, header + "en\tconjunction\tand\tx\nen\tconjunction\tand\tx\nzh\tconjunction\t和\tx\n-\ttype\tDISEASE\tx\n");
        assertThrows(LexiconException.class, () -> CoordinatedNames.load(f, List.of()));
    }
}
