package org.glossa.core.export.webannotation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The harness itself: it must pass the suite's correct samples and catch its incorrect ones. */
class W3cSuiteHarnessTest {
    private static final String MUSTS = "annotations/annotationMusts.test";
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void passesACorrectSampleAndCountsAllFiftyFourMusts() throws Exception {
        W3cSuite suite = W3cSuite.fromCorpus();
        assertThat(suite.assertionCount(MUSTS)).isEqualTo(54);
        var sample = json.readTree(suite.root().resolve("tools/samples/correct/anno38.json").toFile());
        assertThat(suite.failedMusts(MUSTS, sample)).isEmpty();
    }

    @Test
    void catchesAnIdThatIsNotAUriBecauseFormatsAreChecked() throws Exception {
        W3cSuite suite = W3cSuite.fromCorpus();
        var sample = json.readTree(suite.root().resolve("tools/samples/incorrect/anno6.json").toFile());
        assertThat(suite.failedMusts(MUSTS, sample)).isNotEmpty();
    }

    @Test
    void catchesADateWithoutAZone() throws Exception {
        W3cSuite suite = W3cSuite.fromCorpus();
        var sample = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                suite.root().resolve("tools/samples/correct/anno38.json").toFile());
        sample.put("created", "2024-05-01T10:00:00");
        assertThat(suite.failedMusts(MUSTS, sample)).hasSize(1);
    }
}
