package org.glossa.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TagNamesTest {
    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        " claim / economic |claim/economic",
        "claim|claim",
        "  Claim  |Claim",
        "claim//economic|claim/economic",
        "/claim/|claim",
        "two   words / and\tmore|two words/and more",
        "   |",
        "/|",
    })
    void namesAreTrimmedPerLevelAndEmptyLevelsDropped(String raw, String expected) {
        assertThat(TagNames.normalize(raw)).isEqualTo(expected == null ? "" : expected);
    }

    @Test
    void aNameLongerThanTheLimitIsCut() {
        assertThat(TagNames.normalize("x".repeat(TagNames.MAX_LENGTH + 5))).hasSize(TagNames.MAX_LENGTH);
    }

    @Test
    void duplicatesIgnoringCaseKeepTheFirstSpellingAndTheOrder() {
        assertThat(TagNames.normalizeAll(Arrays.asList("Claim", "beta", "claim", " CLAIM ", "", null, "Beta/x")))
                .containsExactly("Claim", "beta", "Beta/x");
    }

    @Test
    void typedTagsAreSplitOnCommasAndSemicolons() {
        assertThat(TagNames.parse("a, b/c; d ,, A")).isEqualTo(List.of("a", "b/c", "d"));
        assertThat(TagNames.parse("  ")).isEmpty();
    }

    @Test
    void anAnnotationTakesTheColourOfItsFirstColouredTagAndChildTagsInheritTheirParents() {
        java.util.Map<String, String> colours = java.util.Map.of("claim", "blue", "evidence/survey", "green");
        assertThat(TagNames.colorOf(List.of("claim/economic"), colours)).isEqualTo("blue");
        assertThat(TagNames.colorOf(List.of("todo", "evidence/survey/2024", "claim"), colours)).isEqualTo("green");
        assertThat(TagNames.colorOf(List.of("evidence"), colours)).isNull();
        assertThat(TagNames.colorOf(List.of(), colours)).isNull();
    }
}
