package org.bilex.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObject;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Whether a PDF that does not end with {@code %%EOF} is complete: every object reachable from its
 * trailer (catalog, page tree, pages, resources, fonts, content streams…) can be found. A file cut
 * short loses its last objects; one that only lost its final {@code %%EOF} line, or has bytes
 * appended, loses none. Streams are not decoded: only their dictionaries are followed.
 */
final class Completeness {

    /** Objects visited at most; a PDF with more is judged on those (a review has a few thousand). */
    static final int MAX_OBJECTS = 500_000;

    private Completeness() {
    }

    /** The number of references, reachable from the trailer, to objects that cannot be found. */
    static int missingObjects(COSDocument doc) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        int missing = 0;
        if (doc.getTrailer() == null) return 1;
        todo.push(doc.getTrailer());
        while (!todo.isEmpty() && seen.size() < MAX_OBJECTS) {
            COSBase b = todo.pop();
            if (!seen.add(b)) continue;
            if (b instanceof COSObject o) {
                COSBase target;
                try {
                    target = o.getObject();
                } catch (RuntimeException e) {
                    target = null;
                }
                if (target == null) {
                    missing++;
                } else {
                    todo.push(target);
                }
            } else if (b instanceof COSDictionary d) {
                for (COSBase v : d.getValues()) if (v != null) todo.push(v);
            } else if (b instanceof COSArray a) {
                for (int i = 0; i < a.size(); i++) {
                    COSBase v = a.get(i);
                    if (v != null) todo.push(v);
                }
            }
        }
        return missing;
    }

    /**
     * The number of pages of the page tree whose object cannot be read: missing, not a dictionary,
     * or nested deeper than PDFBox parses (it gives up at a fixed recursion depth, logs it and
     * goes on as if the page were empty).
     */
    static int unreadablePages(COSDocument doc) {
        COSDictionary trailer = doc.getTrailer();
        if (trailer == null) return 0;
        COSBase root = deref(trailer.getItem(org.apache.pdfbox.cos.COSName.ROOT));
        if (!(root instanceof COSDictionary catalog)) return 0; // PDFBox refuses the file itself
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<COSBase> todo = new ArrayDeque<>();
        todo.push(catalog.getItem(org.apache.pdfbox.cos.COSName.PAGES));
        int bad = 0;
        while (!todo.isEmpty() && seen.size() < MAX_OBJECTS) {
            COSBase ref = todo.pop();
            if (ref == null || !seen.add(ref)) continue;
            COSBase node = deref(ref);
            if (!(node instanceof COSDictionary d)) {
                bad++;
                continue;
            }
            if (!seen.add(d)) continue;
            if (deref(d.getItem(org.apache.pdfbox.cos.COSName.KIDS)) instanceof COSArray kids) {
                for (int i = 0; i < kids.size(); i++) todo.push(kids.get(i));
            }
        }
        return bad;
    }

    private static COSBase deref(COSBase b) {
        try {
            return b instanceof COSObject o ? o.getObject() : b;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
