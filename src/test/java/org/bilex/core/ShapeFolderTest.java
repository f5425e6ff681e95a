package org.bilex.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class ShapeFolderTest {

    @Test
    void radicalsSupplementFoldToTheirEquivalentIdeographs() {
        // ⻣ U+2EE3 BONE → 骨, ⻩ U+2EE9 C-SIMPLIFIED YELLOW → 黄, ⻆ U+2EC6 → 角, ⻛ U+2EDB → 风,
        // ⻓ U+2ED3 C-SIMPLIFIED LONG → 长; a range row: U+2EBE..2EC0 GRASS → 艹
        assertEquals("骨黄角风长艹艹", ShapeFolder.fold("\u2EE3\u2EE9\u2EC6\u2EDB\u2ED3\u2EBE\u2EC0"));
        assertEquals("骨骼肌", ShapeFolder.fold("\u2EE3骼肌"));
    }

    @Test
    void kangxiCompatibilityAndLigaturesStillFoldByNfkc() {
        assertEquals("血管内皮", ShapeFolder.fold("\u2F8E管内\u2F6A"));
        assertEquals("effect of fibrosis", ShapeFolder.fold("e\uFB00ect of \uFB01brosis"));
        assertEquals("（IL-6）。", ShapeFolder.fold("（IL-6）。"));
    }

    @Test
    void aRadicalWithoutEquivalentAndPlainTextStayAsTheyAre() {
        // U+2E80 CJK RADICAL REPEAT has no equivalent unified ideograph
        assertEquals("\u2E80", ShapeFolder.fold("\u2E80"));
        String plain = "间充质干细胞 and MSCs";
        assertSame(plain, ShapeFolder.fold(plain));
    }
}
