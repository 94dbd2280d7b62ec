package org.factdesk;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The test data beside the project ({@code ../shared}: the seed documents, the gold sets, the W3C suite), never
 * copied into it. A fresh clone without it skips the tests that need it and says what is missing; CI, which always
 * has it ({@code CI=true}), fails instead, so that a skip there cannot hide a broken test.
 */
public final class SharedTestData {

    public static final Path ROOT = Path.of("..", "shared");
    static final String SKIP_MESSAGE = "Needs the shared test data ";
    private static final String BESIDE = " (../shared beside the project)";

    private SharedTestData() {
    }

    public static Path require(String relative) {
        Path path = ROOT.resolve(relative);
        if (!Files.exists(path)) {
            String message = SKIP_MESSAGE + path.toAbsolutePath().normalize() + BESIDE;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + ": CI must have it.");
            }
            Assumptions.abort(message + "; skipped.");
        }
        return path;
    }

    /** The missing path a skip message names. */
    static String missingPathIn(String message) {
        String rest = message.substring(SKIP_MESSAGE.length());
        int end = rest.indexOf(BESIDE);
        return end < 0 ? rest : rest.substring(0, end);
    }
}
