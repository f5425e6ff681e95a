package org.bilex.text;

import org.bilex.core.Citation;
import org.bilex.core.MatchFolder;
import org.bilex.core.Chars;
import org.bilex.core.MappedText;
import org.bilex.pdf.Glyph;
import org.bilex.pdf.PageText;
import org.bilex.pdf.PdfDocument;
import org.bilex.pdf.PdfPage;
import org.bilex.pdf.TextBlock;
import org.bilex.pdf.TextLine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text stage over the PDF stage's blocks: drops page furniture, cuts the line stream into
 * paragraphs (indents, short last lines, gaps, headings, captions, footnotes; a paragraph goes
 * on across a column or page break when its sentence does), gives each paragraph its role and
 * section, joins its lines (see {@link ParagraphTextBuilder}), finds its citation marks and
 * makes its match text. Stateless and thread-safe.
 */
public final class LayoutTextCleaner implements TextCleaner {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

    /** A paragraph being collected. */
    private static final class Raw {
        final List<TextLine> lines = new ArrayList<>();
        final List<Integer> lineIds = new ArrayList<>();
        Hint hint;
        int column;
        int page;

        Raw(Hint hint, int column, int page) {
            this.hint = hint;
            this.column = column;
            this.page = page;
        }

        TextLine last() {
            return lines.get(lines.size() - 1);
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (TextLine l : lines) sb.append(l.text().strip());
            return sb.toString();
        }
    }

    private enum Hint { NORMAL, TITLE, HEADING, CAPTION, FOOTNOTE, TABLE }

    /** What English says about line-end hyphens ({@code models/text/}). */
    private final HyphenVocabulary english;
    /** The words that name an article's parts ({@code models/text/sections.tsv}). */
    private final SectionPatterns sections;
    public static final String CLOSED_PREFIXES = "closed-prefixes.tsv";
    /** Look-alike characters OCR reads ({@link OcrConfusions}), put right towards {@link #known}; OCR'd lines only. */
    private final OcrConfusions confusions;
    /** The known forms OCR readings are corrected towards (the pipeline's lexicon), or {@link KnownForms#NONE}. */
    private final KnownForms known;

    /**
     * A cleaner with the hyphen prefixes, English words, closed prefixes, compound heads and section words of the
     * models folder in the working directory ({@code models/text/}).
     */
    public LayoutTextCleaner() {
        this(new HyphenVocabulary(HyphenPrefixes.of(HyphenPrefixes.DEFAULT), EnglishWords.of(EnglishWords.DEFAULT),
                HyphenPrefixes.of(HyphenPrefixes.DEFAULT.resolveSibling(CLOSED_PREFIXES)),
                CompoundHeads.of(HyphenPrefixes.DEFAULT.resolveSibling(CompoundHeads.FILE))),
                SectionPatterns.of(SectionPatterns.DEFAULT));
    }

    public LayoutTextCleaner(HyphenVocabulary english, SectionPatterns sections) {
        this(english, sections, OcrConfusions.NONE, KnownForms.NONE);
    }

    /** A cleaner that also corrects OCR look-alikes ({@code confusions}) towards {@code known}, on OCR'd pages. */
    public LayoutTextCleaner(HyphenVocabulary english, SectionPatterns sections, OcrConfusions confusions, KnownForms known) {
        this.english = english;
        this.sections = sections;
        this.confusions = confusions;
        this.known = known;
    }

    /**
     * From the manifest: the hyphen prefixes, English words, closed prefixes, compound heads, section words and OCR
     * confusions of its files, and the known forms of the component before it that has them (the lexicon).
     */
    public static LayoutTextCleaner load(org.bilex.core.ComponentContext ctx) {
        return new LayoutTextCleaner(new HyphenVocabulary(HyphenPrefixes.of(ctx.file(HyphenPrefixes.FILE)),
                EnglishWords.of(ctx.file(EnglishWords.FILE)), HyphenPrefixes.of(ctx.file(CLOSED_PREFIXES)),
                CompoundHeads.of(ctx.file(CompoundHeads.FILE))), SectionPatterns.of(ctx.file(SectionPatterns.FILE)),
                OcrConfusions.of(ctx.file(OcrConfusions.FILE)), ctx.require(KnownForms.class));
    }

    @Override
    public CleanDocument clean(PdfDocument pdf) {
        Set<TextLine> furniture = PageFurniture.find(pdf, sections);
        List<String> dropped = new ArrayList<>();
        float body = bodyFontSize(pdf, furniture);
        float title = Math.max(1.25f * body, 0.9f * titleFontSize(pdf, furniture));
        Dehyphenator dehyphenator = vocabulary(pdf, english);

        List<Raw> raws = new ArrayList<>();
        Raw cur = null;
        TextLine prev = null;
        int nextLineId = 1;
        boolean seenBody = false;
        Raw lastBody = null;
        for (PdfPage page : pdf.pages()) {
            boolean ocr = page.text() == PageText.OCR;
            Map<String, float[]> margins = margins(page);
            for (TextBlock block : page.blocks()) {
                float[] lr = margins.get(marginKey(page, block));
                float blockGap = medianGap(block);
                for (int li = 0; li < block.lines().size(); li++) {
                    TextLine line = block.lines().get(li);
                    int lineId = ocr ? -(nextLineId++) : nextLineId++;
                    String text = line.text().strip();
                    if (text.isEmpty()) continue;
                    if (furniture.contains(line)) {
                        dropped.add("p" + page.number() + ": " + text);
                        continue;
                    }
                    Hint hint = hint(line, text, page, body, title, seenBody, lr);
                    boolean sameBlock = li > 0 && cur != null && prev == block.lines().get(li - 1);
                    boolean start = startsParagraph(cur, prev, line, text, hint, sameBlock, lr, blockGap, block.column());
                    if (start && !sameBlock && hint == Hint.NORMAL && lastBody != null && lastBody != cur
                            && lastBody.text().length() >= 100
                            && (cur.hint == Hint.FOOTNOTE || cur.hint == Hint.CAPTION || cur.hint == Hint.TABLE)
                            && !Structure.ENDS_SENTENCE.matcher(lastBody.last().text().strip()).find()
                            && !(lr != null && line.box().x0() - lr[0] >= 0.8f * Math.max(line.fontSize(), 1f))) {
                        // the body paragraph broken by a footnote or a figure goes on after it
                        cur = lastBody;
                    } else if (start) {
                        cur = new Raw(hint, block.column(), page.number());
                        raws.add(cur);
                    }
                    if (cur.hint == Hint.NORMAL) lastBody = cur;
                    if (hint == Hint.NORMAL && cur.hint == Hint.NORMAL && text.length() > 40) seenBody = true;
                    cur.lines.add(line);
                    cur.lineIds.add(lineId);
                    prev = line;
                }
            }
        }

        List<Paragraph> paragraphs = new ArrayList<>();
        int references = assignRoles(raws, body, dehyphenator, paragraphs);
        List<String> warnings = new ArrayList<>(pdf.warnings());
        warnings.addAll(RoleShares.warnings(RoleShares.count(paragraphs)));
        return new CleanDocument(paragraphs, references, pdf.pages().size(), dropped, warnings);
    }

    // ---------------------------------------------------------------- line hints

    private Hint hint(TextLine line, String text, PdfPage page, float body, float title, boolean seenBody, float[] lr) {
        if (page.number() == 1 && !seenBody && line.fontSize() >= title && text.length() <= 200) return Hint.TITLE;
        if (sections.caption.matcher(text).lookingAt()) return Hint.CAPTION;
        boolean small = line.fontSize() <= 0.86f * body;
        if (footnoteCue(text) && (small || line.box().y0() > page.height() * 0.6f || page.number() == 1)) return Hint.FOOTNOTE;
        if (page.number() == 1 && Structure.DOI.matcher(text).find() && text.length() < 200) return Hint.FOOTNOTE;
        if (small && line.box().y0() > page.height() * 0.72f && page.number() == 1) return Hint.FOOTNOTE;
        if (isHeading(line, text, body, lr)) return Hint.HEADING;
        if (isTableRow(line)) return Hint.TABLE;
        return Hint.NORMAL;
    }

    /**
     * Whether the line opens with a footnote cue ("Received", "收稿日期", "E-mail:", "doi:") and not
     * with a cue word running on in lower-case prose ("accepted that aberrant skin barrier ...", a
     * column line in the middle of a sentence).
     */
    boolean footnoteCue(String text) {
        java.util.regex.Matcher m = sections.footnote.matcher(text);
        if (!m.lookingAt()) return false;
        String cue = m.group().strip();
        if (cue.isEmpty() || !Character.isLowerCase(cue.charAt(0))) return true;
        int i = m.end();
        return !(i + 1 < text.length() && text.charAt(i) == ' ' && Character.isLowerCase(text.charAt(i + 1)));
    }

    private boolean isHeading(TextLine line, String text, float body, float[] lr) {
        if (text.length() > 80) return false;
        boolean shortLine = lr == null || line.box().x1() < lr[1] - 2.5f * line.fontSize();
        boolean emphasised = line.bold() || line.fontSize() > 1.08f * body;
        if (sections.referencesHeading.matcher(text).matches()) return true;
        if (sections.namedHeading.matcher(text).matches() && (emphasised || shortLine)) return true;
        if (sections.ackHeading.matcher(text).lookingAt() && text.length() < 40 && (emphasised || shortLine)) return true;
        if (isCapitalised(text) && (emphasised || shortLine) && !Structure.ENDS_SENTENCE.matcher(text).find()) return true;
        if (line.bold() && shortLine && text.length() <= 100 && Character.isUpperCase(text.codePointAt(0))
                && !Structure.ENDS_SENTENCE.matcher(text).find() && !sections.caption.matcher(text).lookingAt()) return true;
        if (Structure.NUMBERED_HEADING.matcher(text).matches() && (emphasised || shortLine)
                && !Structure.ENDS_SENTENCE.matcher(text).find() && !text.contains("，") && !text.contains("。")
                && !text.contains(", ") && !text.contains(". ")) {
            return emphasised || text.length() <= 40;
        }
        return false;
    }

    /** A heading set in capitals: "DISTINCTIVENESS OF THE EPRS1 STRUCTURE". */
    static boolean isCapitalised(String text) {
        if (Chars.hasHan(text)) return false;
        int upper = 0, lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) upper++;
            else if (Character.isLowerCase(c)) lower++;
        }
        return upper >= 8 && lower <= upper / 10 && text.indexOf(' ') > 0;
    }

    /** Gap (em) between two words that makes them two cells of a table row. */
    static final float CELL_GAP = 2.2f;
    /**
     * Word gaps of a justified line are stretched alike: when every word gap of the line is this
     * close (ratio of the narrowest to the widest) it is a stretched line of a narrow column.
     */
    static final float EVEN_GAPS = 0.8f;

    /**
     * A line cut into several cells by wide gaps: a row of a table. Not a line of a narrow justified
     * column whose word gaps are all stretched alike ("characterized    by    a    highly"): in a table
     * row only the gaps between cells are wide, or the cells leave gaps of different widths.
     */
    static boolean isTableRow(TextLine line) {
        List<Glyph> g = line.glyphs();
        float em = line.fontSize();
        int wide = 0;
        for (int i = 1; i < g.size(); i++) {
            float gap = g.get(i).box().x0() - g.get(i - 1).box().x1();
            if (gap > CELL_GAP * em) wide++;
        }
        if (wide < 2) return false;
        // the word gaps, from ink to ink (an inserted space glyph lies inside them)
        float min = Float.POSITIVE_INFINITY;
        float max = 0f;
        Glyph prev = null;
        for (Glyph x : g) {
            if (x.text().isBlank()) continue;
            if (prev != null) {
                float gap = x.box().x0() - prev.box().x1();
                if (gap > 0.18f * em) {
                    min = Math.min(min, gap);
                    max = Math.max(max, gap);
                }
            }
            prev = x;
        }
        return !(min >= EVEN_GAPS * max);
    }

    private boolean startsParagraph(Raw cur, TextLine prev, TextLine line, String text, Hint hint,
                                           boolean sameBlock, float[] lr, float blockGap, int column) {
        if (cur == null || prev == null) return true;
        if (hint == Hint.TITLE) return cur.hint != Hint.TITLE;
        if (cur.hint == Hint.TITLE) return true;
        if (hint == Hint.HEADING || hint == Hint.CAPTION || hint == Hint.FOOTNOTE) return true;
        if (cur.hint == Hint.HEADING) {
            // a heading goes on only in the same block, same emphasis, when it was a full line
            return !(sameBlock && line.bold() == prev.bold() && Math.abs(line.fontSize() - prev.fontSize()) < 0.3f
                    && lr != null && prev.box().x1() >= lr[1] - 2.5f * prev.fontSize());
        }
        if (cur.hint == Hint.CAPTION || cur.hint == Hint.FOOTNOTE) return !sameBlock;
        if (hint == Hint.TABLE) return cur.hint != Hint.TABLE;
        if (cur.hint == Hint.TABLE) return true;
        if (sections.abstractLabel.matcher(text).lookingAt() && !cur.text().isEmpty()) return true;
        if (sections.keywordsLabel.matcher(text).lookingAt()) return true;
        float em = Math.max(line.fontSize(), 1f);
        boolean indented = lr != null && line.box().x0() - lr[0] >= 0.8f * em;
        String prevText = prev.text().strip();
        boolean prevEnds = Structure.endsSentenceBefore(prevText, text.strip());
        if (sameBlock) {
            if (indented) return true;
            boolean prevShort = lr != null && prev.box().x1() < lr[1] - 1.5f * em;
            if (prevShort && prevEnds) return true;
            float gap = line.box().y0() - prev.box().y1();
            return blockGap >= 0 && gap > blockGap + 0.7f * em;
        }
        // a new block: the paragraph goes on when its sentence does
        boolean sizeMatches = Math.abs(line.fontSize() - prev.fontSize()) <= 0.15f * em;
        boolean curEnds = Structure.endsSentenceBefore(cur.last().text().strip(), text.strip());
        return curEnds || indented || !sizeMatches;
    }

    // ---------------------------------------------------------------- roles

    private int assignRoles(List<Raw> raws, float body, Dehyphenator dehyphenator, List<Paragraph> out) {
        enum Mode { FRONT, ABSTRACT_BLOCK, ABSTRACT_INLINE, KEYWORDS, BODY, ACK, REFERENCES }
        Mode mode = Mode.FRONT;
        int abstractColumn = -1;
        int abstractPage = -1;
        String heading = "";
        int references = 0;
        int referenceParagraphs = 0;
        boolean seenTitle = false;
        boolean hasTitle = false;
        for (Raw raw : raws) if (raw.hint == Hint.TITLE) hasTitle = true;
        for (int ri = 0; ri < raws.size(); ri++) {
            Raw raw = raws.get(ri);
            String joined = raw.text();
            Role role;
            if (mode == Mode.REFERENCES && endsReferenceList(raws, ri)) mode = Mode.BODY; // the body goes on
            if (joined.codePoints().noneMatch(Character::isLetter) && raw.hint != Hint.TITLE) {
                role = mode == Mode.REFERENCES ? Role.REFERENCES : Role.TABLE; // "1989, 158:515-9." in a reference list
            } else if (raw.hint == Hint.TITLE) {
                role = Role.TITLE;
                seenTitle = true;
            } else if (raw.hint == Hint.CAPTION) {
                role = Role.CAPTION;
            } else if (raw.hint == Hint.FOOTNOTE) {
                role = Role.FOOTNOTE;
            } else if (raw.hint == Hint.TABLE) {
                role = Role.TABLE;
            } else if (raw.hint == Hint.HEADING && sections.referencesHeading.matcher(joined).matches()
                    && startsReferenceList(raws, ri)) {
                role = Role.HEADING;
                mode = Mode.REFERENCES;
                heading = joined;
            } else if (mode == Mode.REFERENCES && !(raw.hint == Hint.HEADING
                    && sections.ackHeading.matcher(joined).lookingAt())) {
                role = Role.REFERENCES;
                referenceParagraphs++;
                for (TextLine l : raw.lines) {
                    if (Structure.REFERENCE_ENTRY.matcher(l.text()).lookingAt()) references++;
                }
            } else if (sections.abstractLabel.matcher(joined).lookingAt()
                    && (raw.hint == Hint.HEADING || isLabelOnly(joined, sections.abstractLabel))) {
                role = Role.HEADING;
                mode = Mode.ABSTRACT_BLOCK;
                heading = joined;
            } else if (sections.abstractLabel.matcher(joined).lookingAt() && mode != Mode.BODY) {
                role = Role.ABSTRACT;
                mode = Mode.ABSTRACT_INLINE;
                abstractColumn = raw.column;
                abstractPage = raw.page;
            } else if (sections.keywordsLabel.matcher(joined).lookingAt()) {
                role = Role.KEYWORDS;
                mode = Mode.KEYWORDS;
            } else if (raw.hint == Hint.HEADING && hasTitle && !seenTitle) {
                role = Role.FRONT; // a banner above the title ("REVIEW ARTICLE OPEN")
            } else if (raw.hint == Hint.HEADING) {
                role = Role.HEADING;
                heading = joined;
                mode = sections.ackHeading.matcher(joined).lookingAt() ? Mode.ACK : Mode.BODY;
            } else if (mode == Mode.ABSTRACT_BLOCK) {
                role = Role.ABSTRACT;
            } else if (mode == Mode.ABSTRACT_INLINE && raw.column == abstractColumn && raw.page == abstractPage
                    && raw.column == 0) {
                role = Role.ABSTRACT;
            } else if (mode == Mode.ACK) {
                role = Role.ACKNOWLEDGEMENTS;
            } else if (mode == Mode.FRONT && seenTitle && raw.page == 1 && joined.length() < 160
                    && !Structure.looksLikeBody(joined)) { // 130 Chinese characters with sentences are body text
                role = Role.FRONT;
            } else if (mode == Mode.FRONT && hasTitle && !seenTitle && raw.page == 1 && joined.length() < 100) {
                role = Role.FRONT;
            } else {
                role = Role.BODY;
                mode = Mode.BODY;
            }
            String section = role == Role.HEADING ? "" : heading;
            out.add(build(out.size(), role, section, raw, dehyphenator));
        }
        if (references == 0) references = referenceParagraphs;
        return references;
    }

    /** Paragraphs looked at after a reference heading, and before the end of a reference list. */
    private static final int LOOK_AHEAD = 4;

    /**
     * A "References" heading starts the reference list only when it is a line of its own and
     * the paragraphs after it look like reference entries (at least half of the next few that are
     * not captions, tables or footnotes): a table column headed "Reference" or a mid-page heading
     * followed by body text does not turn the rest of the article into references.
     */
    private static boolean startsReferenceList(List<Raw> raws, int heading) {
        if (raws.get(heading).lines.size() != 1) return false;
        int seen = 0;
        int like = 0;
        for (int k = heading + 1; k < raws.size() && seen < LOOK_AHEAD; k++) {
            Raw r = raws.get(k);
            if (r.hint == Hint.HEADING || r.hint == Hint.TITLE) break;
            if (r.hint != Hint.NORMAL) continue;
            seen++;
            if (Structure.looksLikeReference(r.text())) like++;
        }
        return seen == 0 || 2 * like >= seen;
    }

    /**
     * A run of two body-like paragraphs (long, sentences, nothing of a reference entry) ends the
     * reference list: what follows is body text that a mistaken heading would otherwise swallow.
     */
    private static boolean endsReferenceList(List<Raw> raws, int at) {
        int body = 0;
        for (int k = at; k < raws.size() && k < at + LOOK_AHEAD; k++) {
            Raw r = raws.get(k);
            if (r.hint == Hint.CAPTION || r.hint == Hint.TABLE || r.hint == Hint.FOOTNOTE) continue;
            if (r.hint != Hint.NORMAL || !Structure.looksLikeBody(r.text())) return false;
            if (++body == 2) return true;
        }
        return false;
    }

    private static boolean isLabelOnly(String text, Pattern label) {
        Matcher m = label.matcher(text);
        return m.lookingAt() && text.substring(m.end()).isBlank();
    }

    private Paragraph build(int index, Role role, String heading, Raw raw, Dehyphenator dehyphenator) {
        ParagraphTextBuilder b = new ParagraphTextBuilder(dehyphenator);
        for (int i = 0; i < raw.lines.size(); i++) b.addLine(raw.lines.get(i), raw.lineIds.get(i));
        Provenance prov = b.provenance();
        // OCR look-alikes put right, one character for one: the provenance stays exact
        String text = confusions.correct(b.text(), prov, known, english.words());
        List<Citation> citations = role == Role.REFERENCES ? List.of() : CitationFinder.find(text, b.superscript());
        MappedText match = MatchFolder.fold(text, citations);
        return new Paragraph(index, role, heading, text, prov, citations, match);
    }

    // ---------------------------------------------------------------- page statistics

    /**
     * The font size the body is set in: the most common size of each page (by glyphs), then
     * the size most pages have (ties to the larger), so a long reference list in small type
     * does not pass for the body.
     */
    static float bodyFontSize(PdfDocument pdf, Set<TextLine> skip) {
        Map<Integer, Integer> pages = new HashMap<>();
        for (PdfPage p : pdf.pages()) {
            Map<Integer, Integer> weight = new HashMap<>();
            for (TextBlock b : p.blocks()) {
                for (TextLine l : b.lines()) {
                    if (skip.contains(l)) continue;
                    weight.merge(Math.round(l.fontSize() * 2), l.glyphs().size(), Integer::sum);
                }
            }
            int mode = argmax(weight);
            if (mode > 0) pages.merge(mode, 1, Integer::sum);
        }
        int best = argmax(pages);
        return best > 0 ? best / 2f : 10f;
    }

    private static int argmax(Map<Integer, Integer> counts) {
        int best = -1;
        int bestW = -1;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestW || (e.getValue() == bestW && e.getKey() > best)) {
                best = e.getKey();
                bestW = e.getValue();
            }
        }
        return best;
    }

    /** The largest font size on the first page (titles are set in it). */
    static float titleFontSize(PdfDocument pdf, Set<TextLine> skip) {
        float max = 0;
        if (pdf.pages().isEmpty()) return max;
        for (TextBlock b : pdf.pages().get(0).blocks()) {
            for (TextLine l : b.lines()) {
                if (!skip.contains(l) && l.text().strip().length() >= 2) max = Math.max(max, l.fontSize());
            }
        }
        return max;
    }

    private static String marginKey(PdfPage page, TextBlock block) {
        return block.column() == 0 ? "b" + System.identityHashCode(block) : "c" + block.column();
    }

    /** Left and right text edges per column of the page (per block for full-width blocks). */
    private static Map<String, float[]> margins(PdfPage page) {
        Map<String, List<TextLine>> groups = new HashMap<>();
        for (TextBlock b : page.blocks()) {
            groups.computeIfAbsent(marginKey(page, b), k -> new ArrayList<>()).addAll(b.lines());
        }
        Map<String, float[]> out = new HashMap<>();
        for (Map.Entry<String, List<TextLine>> e : groups.entrySet()) {
            List<TextLine> lines = e.getValue();
            float[] x0 = new float[lines.size()];
            float[] x1 = new float[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                x0[i] = lines.get(i).box().x0();
                x1[i] = lines.get(i).box().x1();
            }
            Arrays.sort(x0);
            Arrays.sort(x1);
            out.put(e.getKey(), new float[]{x0[(int) ((x0.length - 1) * 0.1)], x1[(int) Math.ceil((x1.length - 1) * 0.9)]});
        }
        return out;
    }

    /** The usual vertical gap between consecutive lines of a block, or -1 when it has one line. */
    private static float medianGap(TextBlock block) {
        List<TextLine> lines = block.lines();
        if (lines.size() < 2) return -1;
        float[] gaps = new float[lines.size() - 1];
        for (int i = 1; i < lines.size(); i++) gaps[i - 1] = lines.get(i).box().y0() - lines.get(i - 1).box().y1();
        Arrays.sort(gaps);
        return gaps[gaps.length / 2];
    }

    /** Words the document spells whole, and hyphenated words it spells within a line. */
    private static Dehyphenator vocabulary(PdfDocument pdf, HyphenVocabulary english) {
        Set<String> joined = new HashSet<>();
        Set<String> hyphenated = new HashSet<>();
        // words seen away from a line-end hyphen: not the fragment before one, not the first word of
        // the line after one (a hyphenation point leaves fragments such as "cially" that are no words)
        Set<String> free = new HashSet<>();
        boolean broken = false;
        for (PdfPage p : pdf.pages()) {
            for (TextBlock b : p.blocks()) {
                for (TextLine l : b.lines()) {
                    String t = l.text().strip();
                    boolean ends = t.endsWith("-");
                    if (ends) t = t.substring(0, t.length() - 1);
                    Matcher m = WORD.matcher(t);
                    boolean first = true;
                    while (m.find()) {
                        String w = m.group().toLowerCase(Locale.ROOT);
                        boolean atBreak = (first && broken) || (ends && m.end() == t.length());
                        first = false;
                        if (w.indexOf('-') >= 0) {
                            hyphenated.add(w);
                            for (String part : w.split("-")) joined.add(part);
                        } else {
                            joined.add(w);
                            if (!atBreak) free.add(w);
                        }
                    }
                    if (!t.isEmpty()) broken = ends;
                }
            }
        }
        return new Dehyphenator(joined, hyphenated, free, english);
    }
}
