package org.bilex.extract;

import java.util.Locale;

/**
 * The kinds of cue words in {@code relation-cues.tsv}; a row of another kind fails at load, and
 * code asking for a kind that is not here fails at once.
 */
enum CueKind {
    /**
     * the English word a drug class's canonical name ends with when the class is named by what it blocks ("MyD88
     * inhibitor" of MyD88抑制剂, "TLR4 blocker", "CXCR4 antagonist"): the class INHIBITS its target where the document
     * names the target
     */
    ANTICLASS,
    /**
     * Chinese: after the cells or tissue a verb protects, what they are shielded from follows ("保护肝细胞免受凋亡"): the
     * verb holds that back (read as family inhibit: INHIBITS a process, TREATS a disease); a pivot cue too
     */
    SHIELD,
    /**
     * Chinese causative pronouns before a trigger ("使其活化", "使其表达上调"): the trigger's object is the last list before
     * the cue, its subject that list's clause subject ("NF-κB作用于S100A9，使其表达上调": NF-κB UPREGULATES S100A9)
     */
    CAUSEIT,
    /** the object is written as an activity ("活性", "activity of") */
    ACTIVITY,
    /**
     * a word of size after a disease ("tumor weight", "tumor burden", "肿瘤体积", "肿瘤的重量"): the disease is measured,
     * and where the sentence names the disease of its experiment (cue kind setting) the measure is that disease's
     */
    MEASURE,
    /**
     * a word after a disease (or before it with "of") that makes it the setting of an experiment ("a breast cancer
     * model", "AML PDX model", "xenograft models of glioma", "胃癌移植瘤模型"): a measured disease of the sentence
     * (cue kind measure) is this one
     */
    SETTING,
    /**
     * English: the words before a disease (or the cells named by one) that make it the setting of an experiment ("models
     * of", "a xenograft model using"): as setting, written before
     */
    SETTINGOF,
    /**
     * the written form of a mention that is no relation end of its own ("mutations", "基因突变"): a generic mutation is
     * the gene's ("mutations in BRCA1 cause breast cancer"), and no predicate of the guide says what a gene whose
     * mutation drives a disease does to it, so a relation with such an end is dropped
     */
    NOEND,
    /** joins two triggers as alternatives ("激活或抑制", "increase or decrease"): of opposite families, no direction */
    ALTERNATIVE,
    /**
     * Chinese: a class noun between a modifier list and the entity it names ("上皮细胞粘性分子E-cadherin",
     * "肿瘤抑制基因PTEN"): the entity after it is the head of the phrase
     */
    CLASSNOUN,
    /** a noun that stands for the agent given with it ("X treatment", "treatment with X", "X therapy") */
    AGENTNOUN,
    /** English articles that may follow a complement or passive-agent word ("of the", "by the") */
    ARTICLE,
    /** English indefinite articles ("a", "an"): a participle right after one is an adjective ("an increasing gradient") */
    INDEFINITE,
    /** English forms of "be" that, before a trigger, make it passive ("was inhibited by") */
    AUXILIARY,
    /** English words that, opening a clause after a comma, continue the verb phrase before it ("…, and promotes X") */
    CLAUSEJOIN,
    /** English words after a head noun that make the list after them the head's complement ("phosphorylation of
     *  GSK3β inhibited …"): that list is not the clause's subject */
    COMPLEMENT,
    /** a trigger (its base form) whose DISEASE object may come right before it, or before an "of" cue ("银屑病治疗") */
    DISEASEFIRST,
    /** a Chinese trigger (its base form) of a rise or fall whose object may come shortly before it ("IL-6等促炎因子明显减少") */
    OBJECTFIRST,
    /**
     * Chinese adverbs of degree that may stand between a level word and a change word ("IL-6水平明显升高"): with only
     * these between, the change is the list's own and takes no object after it; a modal ("X表达可下调Y") is no such word
     */
    DEGREE,
    /**
     * Chinese modal words ("可", "能够", "可以"): between a clause-opening verb's list and the next verb they make the
     * first verb a condition ("激活X能够激活Y", "抑制X可减少Y"), where a conjunction ("并", "进而") joins two acts of
     * one subject ("…，激活AMPK并促进自噬")
     */
    MODAL,
    /** words that join a list ("、", "和") */
    COORD,
    /**
     * English: a bracket holding one of these and a year is an author-year citation ("(Lee et al., 2016)"): it is
     * left out where lists are joined and of what the parser reads ("IL-6 (Lee et al., 2016), TNF-α and IL-1β")
     */
    CITATION,
    /** the list after it is what the list before it is ("为", "是", "are") */
    COPULA,
    /** closes a list ("等") */
    ETC,
    /** words that start examples ("如", "such as") */
    EXAMPLE,
    /** Verbs of showing a state ("showed", "exhibit", "had"; 表现出, 呈现): a change word right after them is an adjective ("showed reduced IL-5"), and a change written after an object they lead to is the subject's state ("巨噬细胞表现出凋亡增加") */
    EXHIBIT,
    /** hedging words ("可能", "推测") */
    HEDGE,
    /** words a subjectless Chinese clause may open with before its verb ("同时", "还", "能够") */
    LEAD,
    /** the object is written as a level or expression ("的表达", "水平") */
    LEVEL,
    /**
     * a word naming the form of a molecule between it and its level word ("IL-6基因的表达", "IL-6 mRNA和蛋白表达",
     * "IL-6蛋白水平"): the level is still the molecule's
     */
    MOLFORM,
    /** loss-of-function cues ("敲除", "沉默") */
    LOSSOF,
    /**
     * the object's fall or loss written after it ("诱导STAT3降解", "X的缺失", "STAT3 degradation"): a verb of gain
     * on it lowers it (DOWNREGULATES), one of loss holds the fall back and raises it ("抑制了IL-10的降低": UPREGULATES);
     * as a subject "X的缺失" speaks of X's loss
     */
    FALL,
    /**
     * the object's rise written after it ("脂多糖诱导的IL-6升高", "逆转了IL-6的升高", "the increase of IL-6"): a verb of
     * gain on it raises it (UPREGULATES), a verb of loss holds the rise back and lowers it (DOWNREGULATES)
     */
    RISE,
    /**
     * Chinese: words that may follow a fall cue which is itself a verb trigger when the fall has no object of its own
     * ("STAT3表达下调并促进…", "IκBα降低后"); any other Han word right after such a cue is its own object, no entity
     * ("通过激活AMPK降低血糖": 降低 lowers blood glucose, AMPK does not fall)
     */
    FALLEND,
    /**
     * Chinese adverbs of a next step right after a clause-opening anaphor ("高糖激活NF-κB，其进一步诱导IL-1β"): the
     * pronoun is then the last list of the clause before, as "后者", whatever that clause's verb
     */
    CHAIN,
    /** a list right before it modifies the noun after ("介导的", "-induced"): no subject */
    MODIFIER,
    /** Chinese: before a verb trigger makes it a noun ("X的激活具有抑制作用"), after it an adjective ("活化的Caspase-3") */
    NOMINAL,
    /** Chinese light verbs whose object is a nominalised trigger's effect ("具有", "起到", "发挥": "对X的激活具有抑制作用") */
    LIGHTVERB,
    /**
     * Chinese adjectives of degree or weight that may stand, with 的, between a light verb and the effect's trigger
     * ("具有一定的抑制作用", "有很强的激活作用", "发挥重要的调节作用"): the light verb still leads to the trigger
     */
    EFFECTDEGREE,
    /** Chinese: after cells that follow a verb, makes them the subject of what follows ("诱导细胞发生凋亡", "促进巨噬细胞向M2型极化") */
    PIVOT,
    /**
     * Chinese: after cells that follow a verb, a verb by which the cells make a molecule of their own ("诱导巨噬细胞表达
     * iNOS"): the first verb acts on the level of the molecules after it, the cells are no end
     */
    EXPRESS,
    /**
     * Chinese: a noun of the patients or animals who have the disease named right before it ("动脉粥样硬化患者",
     * "糖尿病大鼠"): the disease is a setting, and a verb's object named after it is that verb's object
     */
    HOST,
    /** Chinese: opens a locative frame ("在" of "在…中") */
    FRAME,
    /** Chinese: closes a locative frame ("中", "内" of "在…中"): the list inside is a setting */
    LOCATIVE,
    /** Chinese: opens a clause with the agent of its verb ("使用X能够抑制Y", "利用X可以减轻Y") */
    INSTRUMENT,
    /** Chinese: a reporting phrase an instrument clause may open with ("研究表明使用X能够抑制Y") */
    REPORT,
    /** Chinese: after a list that is no process ("凋亡小体的形成"), the clause's subject is the list's formation: no subject */
    FORMATION,
    /** right after a list: the list names a group of animals or patients given it ("姜黄素组", "curcumin group"), no subject */
    COHORT,
    /**
     * Chinese: a treatment word right after a list that closes its clause ("经LPS处理后，", "在TNF-α作用下，"): the list is
     * what the cells or animals were given, the agent of the level changes stated after it, even after a preposition
     */
    TREATED,
    /** English words that join list items written with a suspended hyphen ("LPS- and TNF-α-induced", "IL-6- or") */
    SUSPENDJOIN,
    /** Chinese: the last word of a treatment frame that may go on in its clause ("处理后", "作用下": 后, 下) */
    FRAMEEND,
    /** units of a treatment's time between a treatment word and its timeend cue ("刺激24 h后", "处理6小时后") */
    TIMEUNIT,
    /** Chinese: the word that closes a treatment's time ("24 h后": 后) */
    TIMEEND,
    /** Chinese dose words between a list and its cohort word ("姜黄素低、中、高剂量组") */
    DOSE,
    /** Chinese "与", "同": "with", a list word only before an adverb of joint action after the second item */
    COMITATIVE,
    /** Chinese adverbs of joint action ("共同", "联合", "协同"): "A与B共同促进C" is a list of two subjects */
    JOINTLY,
    /** Chinese: a pronoun opening a clause that stands for the molecule the clause before makes ("其", after a product verb) */
    ANAPHOR,
    /** Chinese: "后者", opening a clause: the last list of the clause before */
    LATTER,
    /** Chinese: a verb that makes or releases a molecule ("分泌", "释放"): a clause after it opening with an anaphor means the molecule */
    PRODUCT,
    /** Chinese: a noun of aim after "治疗…的" ("策略", "靶点"): the subject serves the treatment, it does not treat */
    GOAL,
    /** negation words ("不", "未") */
    NEGATION,
    /**
     * words that deny the list item after them ("but not", "rather than", "而非"): "X but not Y inhibited Z" states
     * nothing of Y; in the parse, a list item's cc and the word after it ("rather" and "than")
     */
    DENIAL,
    /** "of" words ("的", "中的"): the list before is in (or of) the list after */
    OF,
    /** English "in", "within": the list before is inside the list after ("miR-21 in exosomes": CARRIES) */
    INSIDE,
    /** a possessive before a marker noun ("其", "their") */
    POSSESSIVE,
    /** passive markers ("被", "by") */
    PASSIVE,
    /** marks a list before its verb as the verb's object ("对X进行正向调控") */
    OBJECT,
    /** prepositions ("对", "在") */
    PREPOSITION,
    /** words that refer to an earlier subject ("其", "这些") */
    PRONOUN,
    /** marks the source of a verb of kind from ("从X中分离", "isolated from X") */
    SOURCE,
    /** joins a bracketed sub-list to the next ("（CD9、CD63）、热休克蛋白（Hsp70）") */
    SUBLIST,
    /** after a comma, goes on with the list before ("…，及其标记物IL-1RA"); in Chinese also "A和炎性B" */
    CONTINUES,
    /** a verb by which an owner shows its markers ("具有", "表达", "express") */
    BEARS,
    /** a relative pronoun opening a clause after a comma: the list right before is its subject ("which") */
    RELATIVE,
    /**
     * a clause break stronger than a comma (";", ":"): the subject of a clause before it is no topic of a clause after it
     * that names no subject ("X分泌IL-6；此外，可促进…", "X has two roles: one is to inhibit Y")
     */
    CHAINBREAK,
    /**
     * English words that open a clause with a subject of its own without a comma ("X inhibited Y while Z promoted W",
     * "whereas", "although"): a clause break before them, as a comma is
     */
    SUBORDINATOR,
    /** joins two verbs that share the second one's object ("抑制并降低IL-6", "inhibits and reduces IL-6") */
    VERBJOIN,
    /** wording with no direction ("参与", "regulate") */
    UNDIRECTED,
    /** mediation words ("通过", "via") */
    VIA;

    /** The kind as written in the file ("lossof"); null when there is none. */
    static CueKind parse(String s) {
        for (CueKind k : values()) if (k.name().toLowerCase(Locale.ROOT).equals(s)) return k;
        return null;
    }
}
