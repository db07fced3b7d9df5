package org.glossa.core.export.webannotation;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The W3C Web Annotation test suite's own JSON Schemas (draft-04, format checking on), run the
 * way its README describes: every schema of a {@code .test} manifest is an assertion, passed when
 * "validates" equals "expectedResult is valid". Read from the corpus named by the system
 * property {@code glossa.corpus}; tests using it are skipped when the corpus is absent.
 */
final class W3cSuite {
    private static final String BASE = "https://w3c-suite.invalid/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path root;
    private final JsonSchemaFactory factory;
    private final java.util.Map<String, JsonSchema> compiled = new java.util.HashMap<>();
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private W3cSuite(Path root) {
        this.root = root;
        // assertion files $ref the shared definitions by bare file name ("id.json#/..."), from
        // whatever folder they are in: serve any IRI ending in a definition's name from definitions/
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                b -> b.schemaLoaders(l -> l.schemas(this::load)));
    }

    /** The suite in the corpus, or a skipped test when the corpus is not there. */
    static W3cSuite fromCorpus() {
        String corpus = System.getProperty("glossa.corpus");
        assumeTrue(corpus != null, "system property glossa.corpus is not set");
        Path root = Path.of(corpus, "wpt-annotation-model");
        assumeTrue(Files.isDirectory(root.resolve("definitions")), "no W3C suite at " + root);
        return new W3cSuite(root);
    }

    Path root() {
        return root;
    }

    private String load(String iri) {
        if (!iri.startsWith(BASE)) {
            return null;
        }
        String rel = iri.substring(BASE.length());
        Path definition = root.resolve("definitions").resolve(Path.of(rel).getFileName().toString());
        Path file = Files.exists(definition) ? definition : root.resolve(rel);
        try {
            return Files.exists(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The messages of every failed MUST assertion of {@code manifest} (e.g. "annotations/annotationMusts.test"). */
    List<String> failedMusts(String manifest, JsonNode document) {
        List<String> failures = new ArrayList<>();
        try {
            JsonNode m = JSON.readTree(root.resolve(manifest).toFile());
            check(m.get("assertions"), document, failures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return failures;
    }

    /** How many assertions a manifest has (54 for annotationMusts.test). */
    int assertionCount(String manifest) throws IOException {
        return JSON.readTree(root.resolve(manifest).toFile()).get("assertions").size();
    }

    private void check(JsonNode assertions, JsonNode document, List<String> failures) throws IOException {
        for (JsonNode a : assertions) {
            if (a.isArray()) {
                check(a, document, failures);
                continue;
            }
            JsonSchema schema;
            JsonNode raw;
            String name;
            if (a.isTextual()) {
                name = a.asText();
                raw = JSON.readTree(root.resolve(name).toFile());
                schema = compiled.computeIfAbsent(name, n -> factory.getSchema(SchemaLocation.of(BASE + n), config));
            } else {
                name = a.path("title").asText("inline assertion");
                raw = a;
                schema = factory.getSchema(a, config);
            }
            if (!"must".equals(raw.path("assertionType").asText("must"))) {
                continue;
            }
            boolean valid = schema.validate(document).isEmpty();
            boolean expected = !"invalid".equals(raw.path("expectedResult").asText("valid"));
            if (valid != expected) {
                failures.add(name + ": " + raw.path("errorMessage").asText());
            }
        }
    }
}
