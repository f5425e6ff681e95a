package org.bilex.text;

/**
 * The names the text stage may correct OCR readings towards: what a form names, if anything. The
 * pipeline gives the text stage the lexicon as one (the lexicon component implements it and is
 * listed before the text stage in {@code models/manifest.tsv}); the text stage sees nothing else of it.
 */
public interface KnownForms {

    /** An identifier of what {@code form} names as written (same identifier: same thing), or null when it names nothing. */
    String name(String form);

    /** No form is known: OCR readings are left as they are. */
    KnownForms NONE = form -> null;
}
