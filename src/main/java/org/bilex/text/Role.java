package org.bilex.text;

/** What a paragraph is in the article's structure. */
public enum Role {
    TITLE("title"),
    FRONT("front"),
    ABSTRACT("abstract"),
    KEYWORDS("keywords"),
    HEADING("heading"),
    BODY("body"),
    CAPTION("caption"),
    TABLE("table"),
    FOOTNOTE("footnote"),
    ACKNOWLEDGEMENTS("acknowledgements"),
    REFERENCES("references");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The lower-case name used in the JSON output. */
    public String label() {
        return label;
    }

    /** Whether entities and relations are searched for in paragraphs of this role. */
    public boolean searched() {
        return this != REFERENCES && this != FOOTNOTE && this != FRONT;
    }
}
