package org.bilex.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PubTatorTest {

    @TempDir
    Path tmp;

    @Test
    void readsDocumentsMentionsAndRelations() throws IOException {
        Path f = tmp.resolve("x.PubTator");
        Files.writeString(f, """
                1|t|NIS and TSH.
                1|a|A deletion in NIS.
                1\t0\t3\tNIS\tGeneOrGeneProduct\t6528
                1\t8\t11\tTSH\tGeneOrGeneProduct\t7200,7201
                1\t15\t23\tdeletion\tSequenceVariant\tc|DEL|1314_1328|
                1\tPositive_Correlation\t6528\tc|DEL|1314_1328|\tNovel

                2|t|Only a title.
                2|a|
                """);
        List<PubTator.Document> docs = PubTator.read(f);
        assertEquals(2, docs.size());
        PubTator.Document d = docs.get(0);
        assertEquals("NIS and TSH. A deletion in NIS.", d.text());
        assertEquals("NIS", d.text().substring(d.mentions().get(0).start(), d.mentions().get(0).end()));
        assertEquals(List.of("7200", "7201"), d.mentions().get(1).ids());
        assertEquals(List.of("c|DEL|1314_1328|"), d.mentions().get(2).ids());
        assertEquals(new PubTator.Relation("Positive_Correlation", "6528", "c|DEL|1314_1328|", "Novel"), d.relations().get(0));
        assertEquals("", docs.get(1).abstractText());
    }

    @Test
    void aMalformedLineNamesFileAndLine() throws IOException {
        Path f = tmp.resolve("bad.PubTator");
        Files.writeString(f, "1|t|T.\n1|a|A.\n1\tx\ty\n");
        IOException e = assertThrows(IOException.class, () -> PubTator.read(f));
        assertTrue(e.getMessage().contains("bad.PubTator:3:"), e.getMessage());
    }
}
