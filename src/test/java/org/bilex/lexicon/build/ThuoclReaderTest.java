package org.bilex.lexicon.build;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** THUOCL medical words are typed by their Chinese head (models/build/zh-heads.tsv). */
class ThuoclReaderTest {

    @Test
    void burnsAndRejectionByTheirCourse() throws IOException {
        List<ThuoclReader.Head> heads = ThuoclReader.heads(Path.of("models"));
        assertEquals(EntityType.DISEASE, ThuoclReader.type(heads, "化学烧伤"));
        assertEquals(EntityType.DISEASE, ThuoclReader.type(heads, "碱烧伤"));
        assertEquals(EntityType.DISEASE, ThuoclReader.type(heads, "慢性排斥反应"));
        // the head alone is no name of its own here (the curated and built lexicon give 烧伤 burn)
        assertNull(ThuoclReader.type(heads, "烧伤"));
        assertNull(ThuoclReader.type(heads, "排斥反应"));
        // other reactions are no disease by this head
        assertNull(ThuoclReader.type(heads, "聚合酶链反应"));
    }

    @Test
    void headsTypeChineseWords() throws IOException {
        List<ThuoclReader.Head> heads = ThuoclReader.heads(Path.of("models"));
        assertEquals(EntityType.CELL, ThuoclReader.type(heads, "系膜细胞"));
        assertEquals(EntityType.DISEASE, ThuoclReader.type(heads, "憩室炎"));
        assertEquals(EntityType.PROTEIN, ThuoclReader.type(heads, "胶原酶"));
        assertEquals(EntityType.CHEMICAL, ThuoclReader.type(heads, "内毒素"));
        // the longest head decides: 干细胞, whose exceptions are not those of 细胞
        assertEquals(EntityType.CELL, ThuoclReader.type(heads, "间充质干细胞"));
        // no head for growth factors: such words are often other names of curated ones (上皮生长因子, EGF)
        assertNull(ThuoclReader.type(heads, "上皮生长因子"));
        // generic words with a head, the head alone, and words without one
        assertNull(ThuoclReader.type(heads, "体细胞"));
        assertNull(ThuoclReader.type(heads, "炎症"));
        assertNull(ThuoclReader.type(heads, "传染病"));
        assertNull(ThuoclReader.type(heads, "细胞"));
        assertNull(ThuoclReader.type(heads, "医院"));
        // the word's last head decides alone: a head word is not typed by a shorter head inside it
        assertNull(ThuoclReader.type(heads, "激酶"));
        assertNull(ThuoclReader.type(heads, "蛋白激酶"));
        assertNull(ThuoclReader.type(heads, "干细胞"));
        assertEquals(EntityType.PROTEIN, ThuoclReader.type(heads, "胸苷激酶"));
    }

    @Test
    void chemicalHeadsTypeSmallMoleculesAndLeaveClassWordsOut() throws IOException {
        List<ThuoclReader.Head> heads = ThuoclReader.heads(Path.of("models"));
        for (String w : List.of("榄香烯", "紫杉醇", "黄芩苷", "丹参酮", "小檗碱", "穿心莲内酯", "环磷酰胺", "牛磺酸", "莪术油", "雌激素"))
            assertEquals(EntityType.CHEMICAL, ThuoclReader.type(heads, w), w);
        // class words, nucleic acids, preparations and acid-base words are no chemical entity
        for (String w : List.of("氨基酸", "核苷酸", "脱氧核糖核酸", "生物碱", "弱碱", "性激素", "基本药物", "注射用紫杉醇", "润滑油", "化疗药物"))
            assertNull(ThuoclReader.type(heads, w), w);
    }

    @Test
    void naturalProductsAndDrugsNamedWithSuAreChemicals() throws IOException {
        List<ThuoclReader.Head> heads = ThuoclReader.heads(Path.of("models"));
        for (String w : List.of("儿茶素", "大蒜素", "虫草素", "天麻素", "补骨脂素", "水飞蓟素", "依诺肝素", "甲状腺素", "米诺环素",
                "冬凌草甲素", "五味子乙素", "羧甲基纤维素"))
            assertEquals(EntityType.CHEMICAL, ThuoclReader.type(heads, w), w);
        // longer heads still decide: antibiotics, toxins, vitamins, hormones
        assertEquals(EntityType.CHEMICAL, ThuoclReader.type(heads, "红霉素"));
        assertNull(ThuoclReader.type(heads, "性激素"));
    }

    @Test
    void peptideHormonesGenericWordsAndMeasuresAreNotTypedBySu() throws IOException {
        List<ThuoclReader.Head> heads = ThuoclReader.heads(Path.of("models"));
        for (String w : List.of("降钙素", "胰高血糖素", "内皮素", "生长抑素", "泌乳素", "血管紧张素", "精氨酸加压素", "白细胞介素",
                "植物凝集素", "抑制素", "胆囊收缩素", "促黄体生成素", "重组人胰岛素"))
            assertNull(ThuoclReader.type(heads, w), w);
        for (String w : List.of("危害因素", "微量元素", "放射性核素", "皮肤色素", "细胞色素", "总胆红素", "游离甲状腺素", "广谱抗生素",
                "刘完素", "素"))
            assertNull(ThuoclReader.type(heads, w), w);
    }

    @Test
    void degenerationsHyperplasiasAndPyrimidinesAreTypedByTheirHead() throws IOException {
        List<ThuoclReader.Head> heads = ThuoclReader.heads(Path.of("models"));
        for (String w : List.of("黄斑变性", "视网膜色素变性", "椎间盘变性", "淀粉样变性", "前列腺增生", "子宫内膜增生", "不典型增生"))
            assertEquals(EntityType.DISEASE, ThuoclReader.type(heads, w), w);
        for (String w : List.of("胞嘧啶", "胸腺嘧啶", "氟尿嘧啶", "磺胺嘧啶", "乙胺嘧啶"))
            assertEquals(EntityType.CHEMICAL, ThuoclReader.type(heads, w), w);
        // the bare words, fatty change (composed with its organ), vessel formation (a process) and a preparation
        for (String w : List.of("变性", "增生", "脂肪变性", "肝脂肪变性", "血管增生", "注射用氟尿嘧啶"))
            assertNull(ThuoclReader.type(heads, w), w);
    }

    @Test
    void drugNamesAreTypedByTheirChineseInnStem() throws IOException {
        List<ThuoclReader.Head> heads = ThuoclReader.heads(Path.of("models"));
        for (String w : List.of("吉非替尼", "索拉非尼", "曲妥珠单抗", "奥沙利铂", "卡培他滨", "左氧氟沙星", "阿莫西林", "美托洛尔",
                "卡托普利", "缬沙坦", "辛伐他汀", "奥美拉唑", "西替利嗪", "丙泊酚", "布洛芬", "阿昔洛韦", "倍他米松", "氢化可的松",
                "泼尼松", "利多卡因", "硝苯地平", "西罗莫司", "西咪替丁", "二甲双胍"))
            assertEquals(EntityType.CHEMICAL, ThuoclReader.type(heads, w), w);
        // preparations, a person's name, a herb, and a disease that happens to end like a steroid
        for (String w : List.of("注射用奥沙利铂", "复方甲硝唑", "李树芬", "石韦", "骨质疏松"))
            assertNull(ThuoclReader.type(heads, w), w);
    }

    @Test
    void chineseMedicinesAreTypedByTheirFormOfPreparation() throws IOException {
        List<ThuoclReader.Head> heads = ThuoclReader.heads(Path.of("models"));
        for (String w : List.of("六味地黄丸", "小柴胡汤", "逍遥散", "板蓝根颗粒", "丹参胶囊", "双黄连口服液"))
            assertEquals(EntityType.CHEMICAL, ThuoclReader.type(heads, w), w);
        for (String w : List.of("药丸", "米汤", "能量耗散", "被动扩散", "中毒颗粒", "纳米颗粒", "软胶囊"))
            assertNull(ThuoclReader.type(heads, w), w);
    }

    @Test
    void diseaseAnatomyAndProteinHeads() throws IOException {
        List<ThuoclReader.Head> heads = ThuoclReader.heads(Path.of("models"));
        for (String w : List.of("心力衰竭", "肝硬化", "脑梗死", "脑卒中", "荨麻疹", "酒精中毒", "尿路感染", "肾结石", "胃溃疡", "脑出血",
                "寻常疣", "卵巢囊肿", "鼻息肉", "睡眠障碍", "肾功能不全", "骨坏死"))
            assertEquals(EntityType.DISEASE, ThuoclReader.type(heads, w), w);
        for (String w : List.of("皮脂腺", "冠状动脉", "门静脉", "坐骨神经", "平滑肌", "股骨", "关节软骨", "视网膜"))
            assertEquals(EntityType.TISSUE, ThuoclReader.type(heads, w), w);
        for (String w : List.of("肌动蛋白", "甲胎蛋白", "胶原蛋白"))
            assertEquals(EntityType.PROTEIN, ThuoclReader.type(heads, w), w);
        // infections named by their mode, the generic dysfunction, nourishing nerves, acupuncture
        // points and remedies named …骨, generic protein words and blood products
        for (String w : List.of("继发感染", "医院感染", "功能障碍", "营养神经", "绝骨", "六味壮骨", "先天性垂直距骨", "尿蛋白",
                "总蛋白", "糖蛋白", "脂蛋白", "热休克蛋白", "人血白蛋白", "乙肝免疫球蛋白", "环状胰腺"))
            assertNull(ThuoclReader.type(heads, w), w);
    }

    @Test
    void injuriesOfAnOrganAreLeftToComposition() throws IOException {
        List<ThuoclReader.Composed> composed = ThuoclReader.composed(Path.of("models"));
        java.util.Map<String, EntityType> parts = ThuoclReader.composeParts(Path.of("models"));
        java.util.Map<String, java.util.Set<EntityType>> zh = java.util.Map.of("神经", java.util.Set.of(EntityType.TISSUE),
                "氧化", java.util.Set.of(EntityType.PROCESS));
        // a known organ name, or a one-character organ of compose.tsv, before 损伤: compose.tsv names it
        assertTrue(ThuoclReader.leftToComposition("神经损伤", composed, zh, parts));
        assertTrue(ThuoclReader.leftToComposition("肝损伤", composed, zh, parts));
        // dysfunction of an organ too (zh-dysfunction keeps the organ)
        assertTrue(ThuoclReader.leftToComposition("神经功能障碍", composed, zh, parts));
        // anything else before the head stays a THUOCL word
        assertFalse(ThuoclReader.leftToComposition("氧化损伤", composed, zh, parts));
        assertFalse(ThuoclReader.leftToComposition("放射性损伤", composed, zh, parts));
        assertFalse(ThuoclReader.leftToComposition("神经炎", composed, zh, parts));
    }

    @Test
    void wordsOtherSourcesHaveAndNonChineseWordsAreLeftOut(@TempDir Path tmp) throws IOException {
        Path vocab = tmp.resolve("vocab");
        Path f = vocab.resolve(ThuoclReader.FILE);
        Files.createDirectories(f.getParent());
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(f))) {
            o.write("系膜细胞\t120\n胃炎\t900\nB细胞\t300\nHER2受体\t10\n憩室炎\t40\n".getBytes(StandardCharsets.UTF_8));
        }
        Inputs in = new Inputs(vocab, Path.of("models"), null);
        List<String> out = new ArrayList<>();
        for (Term t : ThuoclReader.read(in, Set.of("胃炎"))) out.add(t.canonical + "=" + t.type + ":" + t.xref);
        assertEquals(List.of("系膜细胞=CELL:", "憩室炎=DISEASE:"), out);
    }
}
