package org.glossa.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.glossa.core.search.TestDocuments.add;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.glossa.core.Library;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.TextQuote;
import org.glossa.ui.SameThreadBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agreement window's state without a window: rows, the pooled row, passages per chosen code. */
class AgreementViewModelTest {
    private static final OffsetDateTime T = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    @TempDir
    Path dir;
    Library lib;
    AgreementViewModel model;
    long doc;

    @BeforeEach
    void open() {
        lib = Library.open(dir.resolve("library.sqlite"));
        model = new AgreementViewModel(lib, new SameThreadBackground());
        doc = add(lib, "Claims", "X", "The economy grew while the schools shrank over the decade.");
    }

    @AfterEach
    void close() {
        lib.close();
    }

    private void code(String author, int start, int end, String tag) {
        lib.restoreAnnotation(new Annotation(UUID.randomUUID().toString(), doc, start, end,
                TextQuote.of(lib.load(doc).text(), start, end), "yellow", "", List.of(tag), author, T, T,
                AnchorStatus.ANCHORED));
    }

    @Test
    void rowsPerCodeThenAllCodesAndPassagesFollowTheChosenRow() {
        code("ana", 4, 16, "claim/economic");
        code("bo", 4, 11, "claim/economic");
        code("ana", 27, 41, "claim/social");
        code("bo", 23, 41, "claim/social");

        model.refresh();

        assertThat(model.rows()).extracting(AgreementViewModel::label)
                .containsExactly("claim", "claim/economic", "claim/social", "All codes");
        assertThat(model.summaryProperty().get()).contains("ana, bo").contains("1 document compared");
        assertThat(model.passages()).hasSize(2);

        model.choose(model.rows().get(1));
        assertThat(model.passages()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo("claim/economic");
            assertThat(d.start()).isEqualTo(11);
            assertThat(d.end()).isEqualTo(16);
            assertThat(AgreementViewModel.describe(d)).contains("coded by ana, not by bo").contains("\u201cgrew\u201d");
        });
        model.choose(model.rows().get(0));
        assertThat(model.passages()).hasSize(2);
        assertThat(AgreementViewModel.percent(model.rows().get(3).percent())).endsWith("%");
        assertThat(AgreementViewModel.coefficient(Double.NaN)).isEqualTo("\u2014");
    }

    @Test
    void withOneCoderTheSummarySaysWhyAndNothingIsListed() {
        code("ana", 4, 16, "claim");

        model.refresh();

        assertThat(model.rows()).isEmpty();
        assertThat(model.passages()).isEmpty();
        assertThat(model.summaryProperty().get()).contains("two or more coders").contains("ana");
    }
}
