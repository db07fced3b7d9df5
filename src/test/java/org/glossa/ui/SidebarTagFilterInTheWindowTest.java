package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ListView;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.Test;

/** The sidebar's tag filter shows the tag tree with rolled-up counts; a level lists what is under it. */
class SidebarTagFilterInTheWindowTest extends WindowFixture {
    @Test
    void choosingAParentTagListsItsAnnotationsAndThoseOfTheTagsUnderIt() throws Exception {
        startApp();
        Annotation economic = highlightQuote("other friend", "yellow");
        Annotation political = highlightQuote("strongpoint", "green");
        Annotation other = highlightQuote("Netanyahu", "blue");
        interact(() -> window().annotations().setTags(economic, List.of("claim/economic")));
        interact(() -> window().annotations().setTags(political, List.of("claim/political")));
        interact(() -> window().annotations().setTags(other, List.of("evidence")));
        waitUntil(() -> shownAnnotations().stream().filter(a -> !a.tags().isEmpty()).count() == 3);
        ListView<?> list = lookup("#annotation-list").queryListView();
        waitUntil(() -> onFx(() -> list.getItems().size()) == 3);

        ChoiceBox<?> tags = lookup("#annotation-tag-filter").query();
        clickOn(tags);
        waitUntil(() -> onFx(tags::isShowing));
        clickOn("claim (2)");

        waitUntil(() -> onFx(() -> list.getItems().size()) == 2);
        assertThat(onFx(() -> list.getItems().stream().map(a -> ((Annotation) a).id()).toList()))
                .containsExactlyInAnyOrder(economic.id(), political.id());
        assertThat(onFx(() -> tags.getConverter() == null ? "" : labelOf(tags))).isEqualTo("claim (2)");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String labelOf(ChoiceBox tags) {
        return tags.getConverter().toString(tags.getValue());
    }
}
