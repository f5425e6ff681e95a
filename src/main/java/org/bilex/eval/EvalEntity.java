package org.bilex.eval;

import java.util.List;

/** An entity as the scorer sees it, from a gold file or an output file. */
public record EvalEntity(String id, String type, String canonical, String xref, List<String> forms) {

    public EvalEntity {
        forms = List.copyOf(forms);
    }
}
