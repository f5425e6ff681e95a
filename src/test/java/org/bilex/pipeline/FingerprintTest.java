package org.bilex.pipeline;

import org.bilex.core.ComponentSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per-component fingerprints: a document is extracted again when a component changed (a file it
 * reads, the code it reaches), not when a README under models/ or code no component reaches
 * (the database loader) changed. The batch runner redoes a document exactly when the pipeline
 * fingerprint it recorded differs (IncrementalTest).
 */
class FingerprintTest {

    @TempDir
    Path tmp;

    private Path copyOfModels() throws IOException {
        Path src = Path.of("models");
        Path dst = tmp.resolve("models");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return dst;
    }

    private static String whole(Map<String, String> fps) {
        return String.join(",", fps.values());
    }

    @Test
    void aReadmeUnderModelsChangesNothingALexiconFileChangesTheLexiconOnly() throws IOException {
        Path m = copyOfModels();
        Map<String, String> before = Pipeline.fingerprints(m);
        assertEquals(before, Pipeline.fingerprints(m));
        Files.writeString(m.resolve("lexicon/curated/README.md"), "\none more line\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(m.resolve("build/README.md"), "\nanother\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(m.resolve("NOTES.md"), "a new file no component reads\n");
        assertEquals(before, Pipeline.fingerprints(m), "READMEs are read by no component");

        Path cell = m.resolve("lexicon/curated/cell.tsv");
        Files.writeString(cell, Files.readString(cell) + "CELL\tzorbocyte\t\tzorbocyte\ten\tcurated\n");
        Map<String, String> after = Pipeline.fingerprints(m);
        for (String c : before.keySet()) {
            if (c.equals("lexicon")) assertNotEquals(before.get(c), after.get(c), c);
            else assertEquals(before.get(c), after.get(c), c);
        }

        Files.writeString(m.resolve("rules/heads.tsv"), Files.readString(m.resolve("rules/heads.tsv")) + "\n");
        assertNotEquals(after.get("abbreviations"), Pipeline.fingerprints(m).get("abbreviations"), "a rule file of the component");
    }

    @Test
    void theDeclaredVersionIsPartOfTheFingerprint() throws IOException {
        Path m = copyOfModels();
        Map<String, String> before = Pipeline.fingerprints(m);
        Path manifest = m.resolve(ModelManifest.FILE);
        Files.writeString(manifest, Files.readString(manifest).replace("\nprefixes\torg.bilex.extract.PrefixComposer\trules/prefixes.tsv\t1\t",
                "\nprefixes\torg.bilex.extract.PrefixComposer\trules/prefixes.tsv\t2\t"));
        Map<String, String> after = Pipeline.fingerprints(m);
        assertNotEquals(before.get("prefixes"), after.get("prefixes"));
        assertEquals(before.get("vesicles"), after.get("vesicles"));
    }

    @Test
    void noComponentReachesTheLoaderTheBatchRunnerOrTheCli() throws Exception {
        List<Class<?>> roots = new ArrayList<>(List.of(Pipeline.class, org.bilex.output.JsonWriter.class));
        for (ComponentSpec s : ModelManifest.read(Path.of("models"))) roots.add(Class.forName(s.implementation()));
        Set<String> reached = CodeFingerprint.reach(roots.toArray(new Class<?>[0]));
        assertTrue(reached.contains("org/bilex/extract/EntityExtractor"), "sanity: " + reached.size() + " classes");
        for (String c : reached) {
            assertFalse(c.startsWith("org/bilex/store/") || c.startsWith("org/bilex/batch/") || c.startsWith("org/bilex/cli/")
                    || c.startsWith("org/bilex/eval/") || c.startsWith("org/bilex/output/export/"), c);
        }
    }

    /**
     * bilex's own classes in CoreNLP's packages (its tagger and parser caches and scorer) count in the fingerprint of
     * the components that reach them, as org.bilex classes do: a change there can change a parse. They are found by
     * their name, so every class of this project outside org/bilex must be named Bilex….
     */
    @Test
    void bilexClassesInLibraryPackagesCount() throws Exception {
        List<Class<?>> roots = new ArrayList<>();
        for (ComponentSpec s : ModelManifest.read(Path.of("models"))) roots.add(Class.forName(s.implementation()));
        Set<String> reached = CodeFingerprint.reach(roots.toArray(new Class<?>[0]));
        for (String c : List.of("edu/stanford/nlp/parser/nndep/BilexScores", "edu/stanford/nlp/parser/nndep/BilexModelCache",
                "edu/stanford/nlp/tagger/maxent/BilexTaggerCache", "edu/stanford/nlp/tagger/maxent/BilexDistsimLexicon")) {
            assertTrue(reached.contains(c), c);
        }
        Path classes = Path.of("target/classes");
        try (java.util.stream.Stream<Path> all = java.nio.file.Files.walk(classes)) {
            for (Path f : all.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                if (name.startsWith("org/bilex/")) continue;
                String simple = name.substring(name.lastIndexOf('/') + 1);
                assertTrue(simple.startsWith("Bilex"), name + ": a class outside org/bilex must be named Bilex… to count in fingerprints");
            }
        }
    }

    /** The same class with every line number moved by 3 (what a blank line added above it does). */
    private static byte[] shiftedLines(byte[] raw) {
        ClassReader r = new ClassReader(raw);
        ClassWriter w = new ClassWriter(0);
        r.accept(new ClassVisitor(Opcodes.ASM9, w) {
            @Override
            public MethodVisitor visitMethod(int access, String name, String desc, String sig, String[] ex) {
                return new MethodVisitor(Opcodes.ASM9, super.visitMethod(access, name, desc, sig, ex)) {
                    @Override
                    public void visitLineNumber(int line, Label start) {
                        super.visitLineNumber(line + 3, start);
                    }
                };
            }
        }, 0);
        return w.toByteArray();
    }

    @Test
    void lineNumbersDoNotCountCodeDoes() throws IOException {
        byte[] raw;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/bilex/store/DocumentLoader.class")) {
            raw = in.readAllBytes();
        }
        byte[] shifted = shiftedLines(raw);
        assertFalse(Arrays.equals(raw, shifted), "the class files differ");
        assertArrayEquals(CodeFingerprint.stripped(raw), CodeFingerprint.stripped(shifted));
        byte[] other;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("org/bilex/store/LoadRun.class")) {
            other = in.readAllBytes();
        }
        assertFalse(Arrays.equals(CodeFingerprint.stripped(raw), CodeFingerprint.stripped(other)));
    }
}
