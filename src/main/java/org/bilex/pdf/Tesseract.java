package org.bilex.pdf;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * OCR of a rendered page with the {@code tesseract} command: the page is rendered in grey, tesseract
 * writes its TSV (one row per word with its box), and each recognised line becomes a {@link Segment}
 * whose glyphs are the words (in points, top-left origin).
 */
final class Tesseract {

    /** Words below this confidence are noise (specks in figures, photographs). */
    static final float MIN_CONFIDENCE = 40f;
    /**
     * Lines whose mean word confidence (each word kept one vote) is below this are dropped: what tesseract reads in
     * photographs and gel images ("hip lps", "Ti") comes out as short words of middling
     * confidence, while printed text lines score far higher.
     */
    static final float MIN_LINE_CONFIDENCE = 70f;
    /** Upper bound of the rendered image, in pixels, whatever the dpi (huge pages). */
    static final long MAX_PIXELS = 60_000_000L;
    static final long TIMEOUT_SECONDS = 180;

    private Tesseract() {
    }

    /** The tesseract executable on PATH, or null. */
    static Path find() {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            for (String name : new String[] {"tesseract", "tesseract.exe"}) {
                Path p = Path.of(dir, name);
                if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
            }
        }
        return null;
    }

    /** The settings of the old constants: words >= 40, lines >= 70, split at 1.2 line heights. */
    static final OcrSettings CONSTANTS = new OcrSettings("default", "chi_sim+eng", 3, MIN_CONFIDENCE, MIN_LINE_CONFIDENCE, 1.2f);

    /**
     * Renders page {@code index} (0-based) and OCRs it with the given settings ({@code langs}, when
     * not null, in place of the settings' languages); the segments are in points.
     */
    static List<Segment> ocr(Path exe, PDDocument doc, int index, int dpi, String langs, OcrSettings settings) throws IOException {
        PDRectangle box = doc.getPage(index).getCropBox();
        float wPt = box.getWidth();
        float hPt = box.getHeight();
        // a scanned page is read from its own image when that is at least as fine as the rendering
        // asked for (a rendering would resample it), within the pixel bound
        BufferedImage scan = ScanImage.of(doc.getPage(index));
        if (scan != null && (long) scan.getWidth() * scan.getHeight() <= MAX_PIXELS && scan.getWidth() >= 0.9f * wPt * dpi / 72f) {
            return ocr(exe, scan, wPt / scan.getWidth(), langs, settings);
        }
        float scale = dpi / 72f;
        double px = (double) wPt * scale * hPt * scale;
        if (px > MAX_PIXELS) scale *= (float) Math.sqrt(MAX_PIXELS / px);
        BufferedImage img = new PDFRenderer(doc).renderImage(index, scale, ImageType.GRAY);
        return ocr(exe, img, 1f / scale, langs, settings);
    }

    /**
     * OCRs a grey page image: whole, or (when the settings ask for regions) cut into its text
     * regions ({@link Regions}), each OCRed as an image of its own with a white margin, all in one
     * tesseract run (a list of images: the models are loaded once). {@code ptPerPx} converts pixels
     * to points.
     */
    static List<Segment> ocr(Path exe, BufferedImage img, float ptPerPx, String langs, OcrSettings settings) throws IOException {
        if (settings.ruleLen() > 0) img = Rules.erase(img, Math.max(1, Math.round(settings.ruleLen() / ptPerPx)));
        List<Regions.Box> boxes;
        if (settings.regions()) {
            int cell = Math.max(1, Math.round(1f / ptPerPx));
            boxes = Regions.find(img, cell, new Regions.Params(settings.bandGap(), settings.gutterMin(), settings.gutterLines(), settings.columnMin(), settings.bandJoin(), settings.columnEnd(), settings.spanLines()));
            if (boxes.isEmpty()) return List.of();
        } else {
            boxes = List.of(new Regions.Box(0, 0, img.getWidth(), img.getHeight()));
        }
        // darkened for tesseract only: the regions are found on the image as scanned (its ink
        // threshold and line heights are those of the page)
        if (settings.gamma() != 1f) img = gamma(img, settings.gamma());
        Path dir = Files.createTempDirectory("bilex-ocr-");
        Path list = dir.resolve("images.txt");
        Path tsv = dir.resolve("out.tsv");
        List<Path> files = new ArrayList<>();
        try {
            int margin = settings.regions() ? Math.max(8, Math.round(6f / ptPerPx)) : 0;
            float[][] offsets = new float[boxes.size()][];
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < boxes.size(); i++) {
                Regions.Box b = boxes.get(i);
                BufferedImage crop = boxes.size() == 1 && margin == 0 ? img : crop(img, b, margin);
                Path png = dir.resolve("r" + i + ".png");
                ImageIO.write(crop, "png", png.toFile());
                files.add(png);
                names.append(png).append('\n');
                offsets[i] = new float[] {(b.x0() - margin) * ptPerPx, (b.y0() - margin) * ptPerPx};
            }
            img = null;
            Files.writeString(list, names, StandardCharsets.UTF_8);
            files.add(list);
            String input = boxes.size() == 1 ? files.get(0).toString() : list.toString();
            List<String> rows = run(exe, input, installed(exe, langs != null ? langs : settings.languages()), settings.psm(), tsv);
            if (langs == null && settings.rereadsLatin()) {
                // regions read as mostly Latin letters are read again with the Latin languages (the
                // Chinese model alone reads English words without an English dictionary)
                List<Integer> latin = latinImages(rows, boxes.size(), settings.latinShare());
                if (!latin.isEmpty()) {
                    StringBuilder again = new StringBuilder();
                    for (int k : latin) again.append(files.get(k)).append('\n');
                    Path list2 = dir.resolve("latin.txt");
                    Files.writeString(list2, again, StandardCharsets.UTF_8);
                    files.add(list2);
                    String input2 = latin.size() == 1 ? files.get(latin.get(0)).toString() : list2.toString();
                    List<String> rows2 = run(exe, input2, installed(exe, settings.latinLanguages()), settings.psm(), tsv);
                    rows = replaceImages(rows, rows2, latin);
                }
            }
            return parseTsv(rows, ptPerPx, settings, offsets);
        } finally {
            for (Path f : files) Files.deleteIfExists(f);
            Files.deleteIfExists(tsv);
            Files.deleteIfExists(dir);
        }
    }

    /** Runs tesseract on an image or a list of images and returns the rows of its TSV. */
    static List<String> run(Path exe, String input, String langs, int psm, Path tsv) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(exe.toString(), input, "stdout", "-l", langs, "--psm", Integer.toString(psm), "tsv");
        pb.redirectOutput(tsv.toFile());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        // tesseract's OpenMP threads spin and make one page several times slower on few cores;
        // callers that want parallelism run pages or files in parallel instead
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        Process p = pb.start();
        boolean done;
        try {
            done = p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for tesseract", e);
        }
        if (!done) {
            p.destroyForcibly();
            throw new IOException("tesseract did not finish within " + TIMEOUT_SECONDS + " s");
        }
        if (p.exitValue() != 0) throw new IOException("tesseract failed with exit code " + p.exitValue());
        return Files.readAllLines(tsv, StandardCharsets.UTF_8);
    }

    /**
     * The images (0-based) of a TSV over {@code images} images whose words have at least
     * {@code share} Latin letters among their Latin and Han letters (and any letters at all).
     */
    static List<Integer> latinImages(List<String> rows, int images, float share) {
        long[] han = new long[images];
        long[] latin = new long[images];
        for (String row : rows) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5") || !isInt(f[1])) continue;
            int k = Integer.parseInt(f[1]) - 1;
            if (k < 0 || k >= images) continue;
            f[11].codePoints().forEach(c -> {
                Character.UnicodeScript sc = Character.UnicodeScript.of(c);
                if (sc == Character.UnicodeScript.HAN) han[k]++;
                else if (sc == Character.UnicodeScript.LATIN) latin[k]++;
            });
        }
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < images; k++) {
            long all = han[k] + latin[k];
            if (all > 0 && latin[k] >= share * all) out.add(k);
        }
        return out;
    }

    /**
     * The rows of {@code first} with those of the images {@code which} replaced by the rows of
     * {@code again}, a run over just those images (its page j + 1 is image {@code which[j]}).
     */
    static List<String> replaceImages(List<String> first, List<String> again, List<Integer> which) {
        java.util.Set<Integer> replaced = new java.util.HashSet<>();
        for (int k : which) replaced.add(k + 1);
        List<String> out = new ArrayList<>();
        for (String row : first) {
            String[] f = row.split("\t", -1);
            if (f.length >= 12 && isInt(f[1]) && replaced.contains(Integer.parseInt(f[1]))) continue;
            out.add(row);
        }
        for (String row : again) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !isInt(f[0]) || !isInt(f[1])) continue;
            int j = Integer.parseInt(f[1]) - 1;
            if (j < 0 || j >= which.size()) continue;
            f[1] = Integer.toString(which.get(j) + 1);
            out.add(String.join("\t", f));
        }
        return out;
    }

    /** The box of the image on a white ground with {@code margin} pixels all round. */
    static BufferedImage crop(BufferedImage img, Regions.Box b, int margin) {
        BufferedImage out = new BufferedImage(b.width() + 2 * margin, b.height() + 2 * margin, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(img.getSubimage(b.x0(), b.y0(), b.width(), b.height()), margin, margin, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * Parses tesseract's TSV into one segment per recognised line (split where the words of a line
     * are far apart). {@code ptPerPx} converts pixel boxes to points.
     */
    static List<Segment> parseTsv(List<String> rows, float ptPerPx) {
        return parseTsv(rows, ptPerPx, CONSTANTS);
    }

    /** As {@link #parseTsv(List, float)}, with the confidence floors and split gap of {@code settings}. */
    static List<Segment> parseTsv(List<String> rows, float ptPerPx, OcrSettings settings) {
        return parseTsv(rows, ptPerPx, settings, null);
    }

    /**
     * As {@link #parseTsv(List, float, OcrSettings)} for a run over several images: image k (TSV
     * page k + 1) lies at {@code offsets[k]} (points) on the page; null: one image at the origin.
     */
    static List<Segment> parseTsv(List<String> rows, float ptPerPx, OcrSettings settings, float[][] offsets) {
        Map<String, float[]> lineBoxes = new LinkedHashMap<>();
        Map<String, List<RawGlyph>> words = new LinkedHashMap<>();
        Map<String, float[]> confidence = new LinkedHashMap<>();
        int seq = 0;
        for (String row : rows) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !isInt(f[0])) continue;
            int level = Integer.parseInt(f[0]);
            String key = f[1] + "/" + f[2] + "/" + f[3] + "/" + f[4];
            int pageNum = Integer.parseInt(f[1]);
            float[] off = offsets != null && pageNum >= 1 && pageNum <= offsets.length ? offsets[pageNum - 1] : new float[2];
            float left = Float.parseFloat(f[6]) * ptPerPx + off[0];
            float top = Float.parseFloat(f[7]) * ptPerPx + off[1];
            float w = Float.parseFloat(f[8]) * ptPerPx;
            float h = Float.parseFloat(f[9]) * ptPerPx;
            if (level == 4) {
                lineBoxes.put(key, new float[] {left, top, left + w, top + h});
            } else if (level == 5) {
                String text = f[11].strip();
                float conf = Float.parseFloat(f[10]);
                if (text.isEmpty()) continue;
                if (conf < settings.minWordConf()) continue;
                // the line's confidence is the mean over the words kept, one vote each: weighted by
                // length, one long Latin term read by the Chinese model at low confidence
                // ("(lipopolysaccharide，LPS)" 11) outweighed the ten ideographs beside it (each 85-93)
                // and a body line was dropped as noise (bench scans 080-furniture-zh, 020-2col-zh,
                // 034-3col-zh); a noise line's words are all low. Words below the word floor are
                // gone already and do not count against the words that stay.
                float[] c = confidence.computeIfAbsent(key, k -> new float[3]);
                c[0] += conf;
                c[1] += 1;
                RawGlyph g = new RawGlyph();
                g.text = text;
                g.word = true;
                g.x0 = left;
                g.x1 = left + w;
                g.oX0 = left;
                g.oX1 = left + w;
                g.oY0 = top;
                g.oY1 = top + h;
                g.font = "";
                g.seq = seq++;
                words.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
            }
        }
        List<Segment> out = new ArrayList<>();
        for (Map.Entry<String, List<RawGlyph>> e : words.entrySet()) {
            float[] c = confidence.get(e.getKey());
            if (c != null && c[1] > 0 && c[0] / c[1] < settings.minLineConf()) continue;
            float[] lb = lineBoxes.get(e.getKey());
            List<RawGlyph> ws = e.getValue();
            if (lb == null) {
                lb = new float[] {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
                for (RawGlyph g : ws) {
                    lb[1] = Math.min(lb[1], g.oY0);
                    lb[3] = Math.max(lb[3], g.oY1);
                }
            }
            // the line's ink box reaches below the baseline only when it has letters that do: the
            // height of a line without them is scaled up to what it would be with them, so that all
            // lines of one font get one size (a body line without descenders is no smaller print)
            float ink = Math.max(1f, lb[3] - lb[1]);
            float below = belowBaseline(ws, settings.descender(), settings.tail());
            float lineH = ink / (1f - settings.descender() + below);
            float size = 0.85f * lineH;
            ws.sort((a, b) -> Float.compare(a.x0, b.x0));
            Segment cur = null;
            for (RawGlyph g : ws) {
                g.size = size;
                g.cTop = lb[1];
                g.cBot = lb[3];
                g.base = lb[3] - below * lineH;
                if (cur == null || g.x0 - cur.x1 > settings.splitGap() * lineH) {
                    cur = new Segment();
                    if (offsets != null) cur.region = Integer.parseInt(e.getKey().substring(0, e.getKey().indexOf('/'))) - 1;
                    out.add(cur);
                }
                cur.add(g);
            }
        }
        return out;
    }

    /** From here on (CJK radicals, punctuation, ideographs, full-width forms): glyphs that fill the em box. */
    static final int CJK = 0x2E80;
    /** Letters whose ink goes down to the descender line. */
    static final String DESCENDERS = "gjpqy()[]{}|";

    /**
     * The share of a line's full height that its ink box has below the baseline: {@code descender}
     * when a word has a descending letter or an ideograph (whose ink fills the em box), {@code tail}
     * when only a comma or semicolon goes below, 0 when nothing does (ocr.tsv columns of those names).
     */
    static float belowBaseline(List<RawGlyph> words, float descender, float tail) {
        boolean tails = false;
        for (RawGlyph g : words) {
            for (int i = 0; i < g.text.length(); ) {
                int c = g.text.codePointAt(i);
                i += Character.charCount(c);
                if (DESCENDERS.indexOf(c) >= 0 || c >= CJK) return descender;
                if (c == ',' || c == ';') tails = true;
            }
        }
        return tails ? tail : 0f;
    }

    /**
     * The grey image with each level g (0..1) mapped to g^gamma (gamma > 1 darkens the grey edges of
     * strokes, white and black stay); a new image, the argument is left as it is.
     */
    static BufferedImage gamma(BufferedImage img, float gamma) {
        int[] lut = new int[256];
        for (int i = 0; i < 256; i++) lut[i] = (int) Math.round(255.0 * Math.pow(i / 255.0, gamma));
        BufferedImage out = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.image.Raster in = img.getRaster();
        java.awt.image.WritableRaster wr = out.getRaster();
        int[] row = new int[img.getWidth() * in.getNumBands()];
        int[] grey = new int[img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            Regions.greyRow(in, y, row, grey);
            for (int x = 0; x < grey.length; x++) grey[x] = lut[Math.max(0, Math.min(255, grey[x]))];
            wr.setSamples(0, y, grey.length, 1, 0, grey);
        }
        return out;
    }

    private static volatile java.util.Set<String> installed;

    /**
     * The language list with each model that is not installed replaced: the script model
     * {@code HanS} (Debian tesseract-ocr-script-hans) by {@code chi_sim}; other missing models are
     * left for tesseract to report. The installed models are asked once ({@code --list-langs}).
     */
    static String installed(Path exe, String langs) {
        java.util.Set<String> have = installed;
        if (have == null) {
            have = new java.util.HashSet<>();
            try {
                Process p = new ProcessBuilder(exe.toString(), "--list-langs").redirectErrorStream(true).start();
                for (String l : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                    have.add(l.strip().replaceFirst("^script/", ""));
                }
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (IOException e) {
                // leave the list as it is
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            installed = have;
        }
        return withFallback(langs, have);
    }

    static String withFallback(String langs, java.util.Set<String> have) {
        if (have.isEmpty()) return langs;
        List<String> out = new ArrayList<>();
        for (String l : langs.split("\\+")) {
            String name = l.replaceFirst("^script/", "");
            String use = have.contains(name) ? l : name.equals("HanS") && have.contains("chi_sim") ? "chi_sim" : l;
            if (!out.contains(use)) out.add(use);
        }
        return String.join("+", out);
    }

    private static boolean isInt(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!Character.isDigit(s.charAt(i))) return false;
        return true;
    }
}
