package org.bilex.lexicon;

import org.junit.jupiter.api.Test;

import static org.bilex.testing.RealModels.all;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * compose.tsv en/zh-barrier-state, zh-barrier-failure, the homeostasis of en-organ-process (English
 * only: the seed's Chinese gold keeps 毛囊 and 稳态 of 毛囊稳态 apart) and the organ adjectives vascular, epidermal, mucosal, endothelial: the barrier
 * state or the homeostasis of an organ or a cell layer is a PROCESS named with it, on the full
 * shipped models. Sentences written for these tests, in both languages.
 */
class BarrierAndHomeostasisComposeTest {

    @Test
    void theBarrierStateOfAnOrganIsAProcess() {
        String r = all("The extract restored intestinal barrier integrity and improved endothelial barrier function.");
        assertTrue(r.contains("PROCESS:intestinal barrier integrity=[intestinal barrier integrity]"), r);
        assertTrue(r.contains("PROCESS:endothelial barrier function=[endothelial barrier function]"), r);
        String d = all("Intestinal barrier dysfunction precedes colitis.");
        assertTrue(d.contains("PROCESS:intestinal barrier dysfunction=[Intestinal barrier dysfunction]"), d);
        // no organ before it: nothing composed (the bare barrier function stays the curated one)
        assertFalse(all("The barrier was thin.").contains("barrier"));
    }

    @Test
    void theHomeostasisOfAnOrganIsAProcess() {
        String r = all("Vascular homeostasis and mucosal homeostasis were lost.");
        assertTrue(r.contains("PROCESS:vascular homeostasis=[Vascular homeostasis]"), r);
        assertTrue(r.contains("PROCESS:mucosal homeostasis=[mucosal homeostasis]"), r);
        // an adjective alone names no organ
        assertFalse(all("The vascular and mucosal findings were normal.").contains("TISSUE"));
    }

    @Test
    void inChineseText() {
        String r = all("维持肠道稳态，减轻内皮屏障功能障碍，恢复皮肤屏障完整性。");
        // a Chinese organ's homeostasis stays two entities, the organ and homeostasis
        assertFalse(r.contains("intestine homeostasis"), r);
        assertTrue(r.contains("PROCESS:homeostasis=[稳态]"), r);
        assertTrue(r.contains("PROCESS:endothelium barrier dysfunction=[内皮屏障功能障碍]"), r);
        assertTrue(r.contains("barrier function=[皮肤屏障完整性]"), r);
    }
}
