package org.bilex.lexicon.build;

/** A form the build refused as a false friend: it goes to the generated stop list. */
record Stop(String form, String reason, String source) {
}
