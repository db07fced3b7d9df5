package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import org.glossa.core.Library;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;

/** A new version of an article drops a highlighted passage: the note survives and is re-attached. */
class OrphansInTheWindowTest extends WindowFixture {
    private static final String GONE = "Clearly, Moscow does not want to have to choose between its two allies in the region.";

    @Test
    void anOrphanedNoteIsListedAndCanBeReattachedToNewText() throws Exception {
        startApp();
        long id = window().reader().document().id();
        int start = indexOf(documentText(), GONE);
        highlightQuote(GONE, "orange");
        interact(() -> window().annotations().setNote(shownAnnotations().get(0), "Moscow balances."));
        waitUntil(() -> shownAnnotations().get(0).note().equals("Moscow balances."));

        String sample;
        try (var in = Library.class.getResourceAsStream(Library.SAMPLE_RESOURCE)) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(sample).contains(GONE);
        Path newVersion = Files.writeString(dir.resolve("new-version.md"), sample.replace(GONE, ""));
        interact(() -> window().documents().replaceWithNewVersion(id, newVersion));
        waitUntil(() -> !documentText().contains(GONE) && shownAnnotations().size() == 1
                && shownAnnotations().get(0).status() == AnchorStatus.ORPHANED);
        assertThat(shownAnnotations().get(0).note()).isEqualTo("Moscow balances.");
        assertThat(stylesAt(Math.min(start, documentText().length() - 1))).doesNotContain("hl-orange");

        clickAnnotationRow(GONE);
        waitUntil(() -> window().annotations().selected() != null);
        assertThat(lookup(".anchor-box").queryAs(Node.class).isVisible()).isTrue();
        String target = "the escalation of hostilities in the Middle East";
        int newStart = indexOf(documentText(), target);
        selectWithMouse(newStart, newStart + target.length());
        clickOn("#reattach");
        waitUntil(() -> shownAnnotations().get(0).status() == AnchorStatus.ANCHORED);
        Annotation back = shownAnnotations().get(0);
        assertThat(back.start()).isEqualTo(newStart);
        assertThat(back.quote().exact()).isEqualTo(target);
        assertThat(back.note()).isEqualTo("Moscow balances.");
        assertThat(stylesAt(newStart)).contains("hl-orange");
    }
}
