package org.bilex.core;

import java.nio.file.Path;
import java.util.List;

/**
 * What a component is given when the pipeline loads it: its manifest line, its files, and the
 * components loaded before it (and the options the caller passed, such as the PDF options).
 *
 * <p>The contract of a component: its implementation class has a
 * {@code public static T load(ComponentContext ctx)}; it reads only the files its manifest line
 * lists and asks for what it needs with {@link #require} (the lexicon, the entity rules …), which
 * fails loudly when the manifest does not load that before it. The stage interfaces a component
 * implements decide where it runs: an {@code EntityFinder} adds candidates to the entity stage,
 * a {@code RelationPattern} adds relations to the relation stage, in manifest order.
 */
public interface ComponentContext {

    ComponentSpec spec();

    /** The models folder. */
    Path models();

    /** The component's files (as listed in the manifest), resolved under the models folder. */
    List<Path> files();

    /** The listed file whose last name element is {@code name}; fails naming the manifest line when none is. */
    Path file(String name);

    /** The one earlier component (or given option) that is a {@code type}; fails loudly when there is none. */
    <T> T require(Class<T> type);

    /** Every earlier component that is a {@code type}, in manifest order. */
    <T> List<T> all(Class<T> type);
}
