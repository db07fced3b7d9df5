package org.glossa.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares an export with a reviewed file under src/test/resources/golden. On a difference the
 * actual output is written to target/golden-actual/ so that it can be looked at (and, once
 * reviewed by a person, copied over the golden file).
 */
final class Golden {
    private Golden() {
    }

    static void assertMatches(String name, String actual) throws IOException {
        String expected;
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            expected = in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!actual.equals(expected)) {
            Path out = Path.of("target", "golden-actual", name);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("golden file /golden/" + name + " (actual output in target/golden-actual)")
                .isNotNull();
        assertThat(actual).isEqualTo(expected);
    }
}
