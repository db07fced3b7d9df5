package org.glossa.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.TextQuote;
import org.junit.jupiter.api.Test;

/** The sidebar's tag filter lists the tag tree with counts rolled up. */
class TagLevelsTest {
    @Test
    void everyLevelComesInTreeOrderWithItsAnnotationsCountedOnce() {
        List<Annotation> as = List.of(
                annotation("a", List.of("Claim/economic", "claim")),
                annotation("b", List.of("claim/political")),
                annotation("c", List.of("claims")),
                annotation("d", List.of("evidence/quote/direct")));

        var levels = AnnotationFilter.tagLevels(as);

        assertThat(levels.keySet()).containsExactly("claim", "claim/economic", "claim/political", "claims",
                "evidence", "evidence/quote", "evidence/quote/direct");
        assertThat(levels.get("claim")).isEqualTo("Claim (2)");
        assertThat(levels.get("claim/economic")).isEqualTo("\u2003economic (1)");
        assertThat(levels.get("evidence/quote/direct")).isEqualTo("\u2003\u2003direct (1)");
        assertThat(levels.get("evidence")).isEqualTo("evidence (1)");
    }

    private static Annotation annotation(String id, List<String> tags) {
        OffsetDateTime t0 = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC);
        return new Annotation(id, 1, 4, 9, TextQuote.of("The quick brown fox", 4, 9), "yellow", "", tags, "me",
                t0, t0, AnchorStatus.ANCHORED);
    }
}
