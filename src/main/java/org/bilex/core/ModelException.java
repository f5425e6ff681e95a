package org.bilex.core;

/** The models folder or its manifest is not usable: a missing file, an unknown component, a bad line. */
public class ModelException extends RuntimeException {

    public ModelException(String message) {
        super(message);
    }

    public ModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
