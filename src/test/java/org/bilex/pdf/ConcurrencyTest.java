package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** One reader used by several threads at once gives the same result as used alone. */
class ConcurrencyTest {

    @Test
    void concurrentReadsAgree() throws Exception {
        PdfBoxReader reader = new PdfBoxReader(PdfOptions.defaults().withOcr(false));
        List<String> expected = OrderCheck.lines(reader.read(TestPdfs.CORPUS_PDF));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> fs = new ArrayList<>();
            for (int i = 0; i < 8; i++) fs.add(pool.submit(() -> OrderCheck.lines(reader.read(TestPdfs.CORPUS_PDF))));
            for (Future<List<String>> f : fs) assertEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
