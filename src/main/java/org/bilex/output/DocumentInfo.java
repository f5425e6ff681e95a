package org.bilex.output;

import java.util.List;
import java.util.Map;

/**
 * What the JSON says about the document itself.
 *
 * @param name       the PDF's file name without ".pdf"
 * @param source     the PDF's path as given on the command line (relative where it was)
 * @param sha256     hex SHA-256 of the PDF's bytes
 * @param pages      page count
 * @param languages  languages of its sentences, sorted
 * @param references number of entries in its reference list
 * @param roleChars  characters (code points) of its text per paragraph role, in the order of
 *                   {@link org.bilex.text.Role}; roles with no text left out
 * @param ocrPages   pages read by OCR
 * @param warnings   warnings of the PDF and text stages
 */
public record DocumentInfo(String name, String source, String sha256, int pages, List<String> languages,
                           int references, Map<String, Integer> roleChars, List<Integer> ocrPages,
                           List<String> warnings) {

    public DocumentInfo {
        roleChars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roleChars));
        languages = List.copyOf(languages);
        ocrPages = List.copyOf(ocrPages);
        warnings = List.copyOf(warnings);
    }
}
