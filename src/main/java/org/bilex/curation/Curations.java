package org.bilex.curation;

import org.bilex.core.Digests;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The curations a run applies: every {@code *.json} of {@code MODELS/curation/} (in name order)
 * then the files given with {@code --curation}. A file that is not a usable curation gets one line
 * on the error stream and is left out. The fingerprint covers the bytes of every file used, so a
 * change of curations makes an incremental run extract again.
 */
public record Curations(List<Curation> list, String fingerprint) {

    /** The folder under models/ whose curations every run applies. */
    public static final String DIR = "curation";

    public Curations {
        list = List.copyOf(list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public static Curations load(Path models, List<Path> files, PrintStream err) throws IOException {
        List<Path> all = new ArrayList<>();
        Path dir = models.resolve(DIR);
        if (Files.isDirectory(dir)) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().forEach(all::add);
            }
        }
        all.addAll(files);
        List<Curation> ok = new ArrayList<>();
        MessageDigest md = Digests.sha256();
        for (Path f : all) {
            try {
                byte[] bytes;
                try {
                    bytes = Files.readAllBytes(f);
                } catch (IOException e) {
                    throw new Curation.BadCuration("cannot read: " + e.getMessage());
                }
                Curation c = Curation.parse(f, bytes);
                ok.add(c);
                md.update(bytes);
                md.update((byte) 0);
            } catch (Curation.BadCuration e) {
                err.println("bilex: " + f + ": curation not applied: " + e.getMessage());
            }
        }
        return new Curations(ok, ok.isEmpty() ? "" : Digests.hex(md));
    }

    /**
     * The models fingerprint of a run with these curations (the pipeline's own when there are none):
     * it also changes with the curation files' bytes and the code that applies them.
     */
    public String fingerprint(String pipeline) {
        if (list.isEmpty()) return pipeline;
        return Digests.sha256(pipeline + "\u0000curation\u0000" + fingerprint + "\u0000"
                + org.bilex.pipeline.CodeFingerprint.of(Curator.class));
    }

    /** Document-scoped curations whose document was not among those extracted, one line each. */
    public List<String> unused(Curator.Tally tally) {
        List<String> out = new ArrayList<>();
        for (Curation c : list) {
            boolean documentScoped = c.decisions().stream().anyMatch(d -> !d.all());
            if (documentScoped && !tally.wasUsed(c)) {
                out.add(c.file() + ": curation for document " + (c.document().isEmpty() ? "" : c.document() + " ")
                        + "(sha256 " + c.sha256().substring(0, 12) + "…) matched no PDF extracted in this run; its document decisions were not applied");
            }
        }
        return out;
    }
}
