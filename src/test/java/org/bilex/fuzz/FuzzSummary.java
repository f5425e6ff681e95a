package org.bilex.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a fuzz run did ({@code scripts/fuzz.sh}): counts by status and reason, by mutation kind, the
 * stderr lines, and the things that must not happen. Also used by {@link FuzzTest}.
 */
public final class FuzzSummary {

    /** The figures of one run. */
    public record Figures(int inputs, Map<String, Integer> byStatus, Map<String, Integer> byReason,
                          Map<String, Map<String, Integer>> byKind, List<String> problems, long stderrLines, long failed) {
    }

    private FuzzSummary() {
    }

    public static Figures of(Path in, Path out, List<String> stderr) throws IOException {
        JsonNode report = new ObjectMapper().readTree(out.resolve("run-report.json").toFile());
        List<String> problems = new ArrayList<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byReason = new TreeMap<>();
        Map<String, Map<String, Integer>> byKind = new TreeMap<>();
        List<String> inputs;
        try (Stream<Path> s = Files.list(in)) {
            inputs = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pdf")).sorted().toList();
        }
        Map<String, JsonNode> files = new TreeMap<>();
        for (JsonNode f : report.path("files")) files.put(f.path("output").asText(), f);
        long failed = 0;
        for (String name : inputs) {
            String key = name.substring(0, name.length() - 4) + ".json";
            JsonNode f = files.get(key);
            String kind = name.split("-", 3)[1];
            if (kind.equals("delete") || kind.equals("no") || kind.equals("dup")) kind = name.split("-")[1] + "-" + name.split("-")[2];
            if (f == null) {
                problems.add(name + ": not in the report");
                continue;
            }
            String status = f.path("status").asText();
            String reason = f.path("reason").asText(status);
            byStatus.merge(status, 1, Integer::sum);
            byReason.merge(reason, 1, Integer::sum);
            byKind.computeIfAbsent(kind, k -> new TreeMap<>()).merge(reason, 1, Integer::sum);
            Path json = out.resolve(key);
            if (status.equals("failed")) {
                failed++;
                if (Files.exists(json)) problems.add(name + ": failed but has an output");
                if (reason.equals("internal-error")) problems.add(name + ": internal-error: " + f.path("message").asText());
                if (reason.equals("timeout")) problems.add(name + ": timeout");
            } else {
                try {
                    JsonNode d = new ObjectMapper().readTree(json.toFile());
                    if (!d.path("schema").asText().equals("bilex-document/1")) problems.add(name + ": output is not a document");
                    for (JsonNode w : d.path("document").path("warnings")) {
                        if (w.asText().contains("internal error")) problems.add(name + ": contained internal error: " + w.asText());
                    }
                } catch (IOException e) {
                    problems.add(name + ": partial or unreadable output: " + e.getMessage());
                }
            }
        }
        try (Stream<Path> s = Files.walk(out)) {
            s.filter(p -> p.getFileName().toString().endsWith(".tmp")).forEach(p -> problems.add(p + ": temporary file left"));
        }
        long lines = stderr.size();
        return new Figures(inputs.size(), byStatus, byReason, byKind, problems, lines, failed);
    }

    public static void main(String[] args) throws IOException {
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<String> err = Files.readAllLines(Path.of(args[2]));
        Figures f = of(in, out, err);
        System.out.println("fuzz: " + f.inputs() + " mutants, bilex exit " + args[3] + ", " + args[4] + " s");
        System.out.println("by status: " + f.byStatus());
        System.out.println("by reason: " + f.byReason());
        for (Map.Entry<String, Map<String, Integer>> e : f.byKind().entrySet()) {
            System.out.println("  " + e.getKey() + ": " + e.getValue());
        }
        System.out.printf("stderr: %d lines for %d failed files (%.2f per failed file; the plan and summary lines included)%n",
                f.stderrLines(), f.failed(), f.stderrLines() / (double) Math.max(1, f.failed()));
        System.out.println("problems: " + f.problems().size());
        for (String p : f.problems()) System.out.println("  " + p);
        System.exit(f.problems().isEmpty() ? 0 : 1);
    }
}
