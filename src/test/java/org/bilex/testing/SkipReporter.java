package org.bilex.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

import java.util.Optional;

/**
 * Prints every skipped test with its reason on the console of {@code mvn test} (surefire otherwise
 * keeps the reason in target/surefire-reports). Registered for every test class through
 * META-INF/services and {@code junit.jupiter.extensions.autodetection.enabled}.
 */
public final class SkipReporter implements TestWatcher {

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        print(context, cause == null || cause.getMessage() == null ? "assumption not met" : cause.getMessage());
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        print(context, reason.orElse("disabled"));
    }

    private static void print(ExtensionContext c, String reason) {
        String name = c.getRequiredTestClass().getSimpleName() + "." + c.getRequiredTestMethod().getName();
        String line = "[bilex tests] SKIPPED " + name + ": " + reason.replaceAll("\\s+", " ").replaceFirst("^Assumption failed: ", "");
        System.out.println(line);
    }
}
