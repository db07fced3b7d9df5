package org.glossa.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        String name = "a" + "\uD83D\uDE00".repeat(TagNames.MAX_LENGTH);
        String cut = TagNames.normalize(name);
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(TagNames.MAX_LENGTH);
        assertThat(cut).startsWith("a").endsWith("\uD83D\uDE00");
        assertThat(cut.chars().filter(ch -> Character.isSurrogate((char) ch)).count() % 2).isZero();
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    @Test
    void aCutThatEndsAtASlashOrInBlanksLeavesNoEmptyLevel() {
        String atSlash = "x".repeat(TagNames.MAX_LENGTH - 1) + "/second";
        assertThat(TagNames.normalize(atSlash)).isEqualTo("x".repeat(TagNames.MAX_LENGTH - 1));
        String atBlank = "x".repeat(TagNames.MAX_LENGTH - 3) + "/y z/w";
        assertThat(TagNames.normalize(atBlank)).isEqualTo("x".repeat(TagNames.MAX_LENGTH - 3) + "/y");
    }

    @Test
    void namesAreComposedSoThatTwoSpellingsOfOneWordAreOneTag() {
        String decomposed = "Zoe\u0308";
        assertThat(TagNames.normalize(decomposed)).isEqualTo("Zo\u00EB");
        assertThat(TagNames.normalizeAll(List.of("Zo\u00EB", decomposed))).containsExactly("Zo\u00EB");
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource({"202E", "202A", "2066", "2069", "200E", "200F", "200B", "200C", "200D", "FEFF", "2060", "00AD"})
    void invisibleAndDirectionChangingCharactersAreRefusedWithAMessage(String hex) {
        String name = "claim" + new String(Character.toChars(Integer.parseInt(hex, 16))) + "/economic";
        assertThatThrownBy(() -> TagNames.normalize(name))
                .isInstanceOf(GlossaException.class)
                .hasMessageContaining("U+" + hex)
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> TagNames.parse("ok, " + name)).isInstanceOf(GlossaException.class);
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
