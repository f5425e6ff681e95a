package org.bilex.pdf;

import java.nio.file.Path;

/** Development aid: prints the pages, blocks and lines that {@link PdfBoxReader} finds. */
public final class DumpLayout {

    private DumpLayout() {
    }

    public static void main(String[] args) throws Exception {
        boolean ocr = !Boolean.getBoolean("noocr");
        PdfBoxReader reader = new PdfBoxReader(PdfOptions.defaults().withOcr(ocr));
        for (String a : args) {
            PdfDocument d = reader.read(Path.of(a));
            System.out.println("# " + a + " warnings=" + d.warnings());
            for (PdfPage p : d.pages()) {
                System.out.printf("## page %d %s columns=%d blocks=%d%n", p.number(), p.text(), p.columns(), p.blocks().size());
                int bi = 0;
                for (TextBlock b : p.blocks()) {
                    System.out.printf("  [b%d col=%d x=%.0f..%.0f y=%.0f..%.0f]%n", bi++, b.column(), b.box().x0(), b.box().x1(),
                            b.box().y0(), b.box().y1());
                    for (TextLine l : b.lines()) {
                        System.out.printf("    %5.1f %4.1f%s| %s%n", l.box().y0(), l.fontSize(), l.bold() ? "B" : " ", l.text());
                    }
                }
            }
        }
    }
}
