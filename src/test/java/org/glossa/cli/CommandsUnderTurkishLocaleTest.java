package org.glossa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.glossa.DefaultLocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What scripts read from the command line does not change with the system's language. */
class CommandsUnderTurkishLocaleTest {
    @RegisterExtension
    final DefaultLocale locale = new DefaultLocale();

    @TempDir
    Path dir;

    @Test
    void searchJsonNamesAnAnnotationHitAndATitleIsFoundInAnyCase() throws Exception {
        locale.set(DefaultLocale.TURKISH);
        CliRunner glossa = new CliRunner(dir.resolve("library.sqlite"));
        Path text = Files.writeString(dir.resolve("interview.txt"), "INTERVIEW IN IZMIR\n\nThe river is wide.\n");
        assertThat(glossa.run("import", text.toString()).code()).isZero();

        CliRunner.Result annotated = glossa.run("annotate", "interview in izmir", "--quote", "river",
                "--note", "quinces grow here");
        assertThat(annotated.code()).as(annotated.err()).isZero();

        CliRunner.Result search = glossa.run("search", "quinces", "--json");
        assertThat(search.code()).as(search.err()).isZero();
        JsonNode hit = new ObjectMapper().readTree(search.out()).get(0);
        assertThat(hit.get("kind").asText()).isEqualTo("annotation");
    }
}
