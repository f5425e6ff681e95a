package org.bilex.cli;

/** Test access to the command line from other packages. */
public final class MainAccess {

    private MainAccess() {
    }

    public static int run(String... args) {
        return Main.run(args);
    }
}
