package org.bilex.lexicon;

/** A lexicon or rule file that cannot be read; the message names the file and line. */
public class LexiconException extends org.bilex.core.ModelException {

    public LexiconException(String message) {
        super(message);
    }

    public LexiconException(String message, Throwable cause) {
        super(message, cause);
    }
}
