package org.bilex.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A small table of {@code models/}: tab-separated, {@code #} comments and blank lines skipped, a first row that must
 * be exactly the given column names, then rows of exactly that many cells. Anything else fails loudly with
 * {@code FILE:LINE: reason} (an {@link IllegalStateException}).
 */
public final class TsvTable {

    /** One data row: its cells and its 1-based line number in the file. */
    public record Row(List<String> cells, int line) {
        public String get(int i) {
            return cells.get(i);
        }
    }

    private TsvTable() {
    }

    /** The data rows of {@code lines} (read from {@code where}), checked against {@code columns}. */
    public static List<Row> rows(List<String> lines, String where, List<String> columns) {
        List<Row> out = new ArrayList<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).replace("\r", "");
            if (l.isBlank() || l.startsWith("#")) continue;
            List<String> c = List.of(l.split("\t", -1));
            if (!header) {
                if (!c.equals(columns)) throw new IllegalStateException(at(where, i + 1) + "header must be " + String.join(" ", columns) + ", not " + c);
                header = true;
                continue;
            }
            if (c.size() != columns.size()) throw new IllegalStateException(at(where, i + 1) + c.size() + " columns, want " + columns.size());
            out.add(new Row(c, i + 1));
        }
        if (!header) throw new IllegalStateException(where + ": no header (" + String.join(" ", columns) + ")");
        return out;
    }

    /** {@code where:line: }, the prefix of a row's error. */
    public static String at(String where, int line) {
        return where + ":" + line + ": ";
    }
}
