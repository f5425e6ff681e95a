package org.bilex.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * The guard against compression bombs: before a page is parsed, the content streams it will run
 * (its contents and the form XObjects they can draw, nested up to {@link #MAX_DEPTH}) are inflated
 * once without keeping the bytes, and the file is refused ("too-large") when one of them would
 * decompress to more than {@link PdfOptions#maxStreamBytes()}. PDFBox decodes a whole stream into
 * memory before parsing it, so a few hundred kilobytes of deflated blanks would otherwise take
 * gigabytes of heap and minutes of work. Only FlateDecode (the filter of nearly every content stream)
 * is measured; other filters are left to the heap limit. Deep nesting of objects and forms is cut
 * short by PDFBox itself (it stops at a fixed recursion depth).
 */
final class PdfGuard {

    static final int MAX_DEPTH = 12;

    private final Path file;
    private final long limit;
    private final Set<COSStream> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    PdfGuard(Path file, long limit) {
        this.file = file;
        this.limit = limit;
    }

    void checkPage(PDPage page, int number) throws PdfException {
        COSDictionary dict = page.getCOSObject();
        check(dict.getDictionaryObject(COSName.CONTENTS), number, 0);
        checkResources(dict.getDictionaryObject(COSName.RESOURCES), number, 0);
    }

    private void checkResources(COSBase res, int number, int depth) throws PdfException {
        if (!(res instanceof COSDictionary r) || depth > MAX_DEPTH) return;
        if (!(r.getDictionaryObject(COSName.XOBJECT) instanceof COSDictionary xobjects)) return;
        for (COSName name : xobjects.keySet()) {
            COSBase x = xobjects.getDictionaryObject(name);
            if (x instanceof COSStream s && COSName.FORM.equals(s.getCOSName(COSName.SUBTYPE)) && !seen.contains(s)) {
                check(s, number, depth + 1);
                checkResources(s.getDictionaryObject(COSName.RESOURCES), number, depth + 1);
            }
        }
    }

    private void check(COSBase contents, int number, int depth) throws PdfException {
        if (contents instanceof COSObject o) contents = o.getObject();
        if (contents instanceof COSArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (a.getObject(i) instanceof COSStream s) check(s, number, depth);
            }
            return;
        }
        if (!(contents instanceof COSStream s) || !seen.add(s)) return;
        COSBase filters = s.getFilters();
        boolean flate = COSName.FLATE_DECODE.equals(filters) || COSName.FLATE_DECODE_ABBREVIATION.equals(filters)
                || (filters instanceof COSArray fa && fa.size() == 1
                && (COSName.FLATE_DECODE.equals(fa.getObject(0)) || COSName.FLATE_DECODE_ABBREVIATION.equals(fa.getObject(0))));
        if (!flate) return;
        long n = inflatedSize(s);
        if (n > limit) {
            throw new PdfException("too-large", file + ": a content stream of page " + number
                    + " decompresses to more than " + (limit >> 20) + " MiB (a compression bomb?); the file is refused");
        }
    }

    /** Bytes the stream inflates to, counting no further than just past the limit. */
    private long inflatedSize(COSStream s) {
        Inflater inf = new Inflater();
        byte[] buf = new byte[1 << 16];
        long total = 0;
        try (InputStream raw = s.createRawInputStream(); InputStream in = new InflaterInputStream(raw, inf, 1 << 14)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                total += n;
                if (total > limit) break;
            }
        } catch (IOException | RuntimeException e) {
            // a damaged stream is PDFBox's to report (it reads what it can)
        } finally {
            inf.end();
        }
        return total;
    }
}
