package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import org.glossa.core.store.TagRepository.TagCount;
import org.glossa.model.Annotation;
import org.glossa.ui.tags.TagNode;
import org.junit.jupiter.api.Test;

/** The tag manager renames a tag (children move along) and the sidebar shows the new names. */
class TagManagerTest extends WindowFixture {

    @Test
    void renamingATagInTheManagerRenamesItOnEveryAnnotation() throws Exception {
        startApp();
        Annotation first = highlightQuote("Moscow, however, is in no hurry", "purple");
        interact(() -> window().annotations().setTags(first, List.of("claim")));
        Annotation second = highlightQuote("Cairo was and still is the main negotiator", "green");
        interact(() -> window().annotations().setTags(second, List.of("claim/egypt")));
        waitUntil(() -> shownAnnotations().stream().allMatch(a -> !a.tags().isEmpty()));

        clickMenu("Library");
        clickMenu("Tags\u2026");
        waitUntil(() -> lookup("#tag-table").tryQuery().isPresent());
        waitUntil(() -> onFx(() -> window().tags().tags().size()) == 2);
        clickOn(row("claim"));
        clickOn("#tag-rename");
        waitUntil(() -> lookup(".dialog-pane .text-field").tryQuery().isPresent());
        clickOn(".dialog-pane .text-field");
        press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        write("argument");
        clickOn(lookup(".dialog-pane .button").match(org.testfx.matcher.control.LabeledMatchers.hasText("OK"))
                .queryAs(javafx.scene.Node.class));

        waitUntil(() -> shownAnnotations().stream().anyMatch(a -> a.tags().equals(List.of("argument")))
                && shownAnnotations().stream().anyMatch(a -> a.tags().equals(List.of("argument/egypt"))));
        List<TagCount> tags = window().tags().tags();
        waitUntil(() -> onFx(() -> tags.stream().map(TagCount::name).toList())
                .equals(List.of("argument", "argument/egypt")));
        assertThat(onFx(() -> List.copyOf(tags))).extracting(TagCount::count).containsExactly(1, 1);
    }

    /** The row of the tag tree showing the tag named {@code name}. */
    javafx.scene.Node row(String name) {
        return lookup(".tree-table-row-cell").match((TreeTableRow<TagNode> r) ->
                r.getItem() != null && r.getItem().name().equals(name)).queryAs(javafx.scene.Node.class);
    }
}
