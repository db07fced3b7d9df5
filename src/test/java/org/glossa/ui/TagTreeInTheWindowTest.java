package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.MouseButton;
import org.glossa.core.store.TagRepository.TagCount;
import org.glossa.model.Annotation;
import org.glossa.ui.tags.TagNode;
import org.junit.jupiter.api.Test;

/** The Tags dialog's tree: rolled-up counts, and moving a tag under another by dragging it. */
class TagTreeInTheWindowTest extends WindowFixture {
    private Annotation first;
    private Annotation second;

    private void openTagsWithTwoAnnotations() throws Exception {
        startApp();
        first = highlightQuote("Moscow, however, is in no hurry", "purple");
        interact(() -> window().annotations().setTags(first, List.of("claim/economic", "claim/economic/x")));
        second = highlightQuote("Cairo was and still is the main negotiator", "green");
        interact(() -> window().annotations().setTags(second, List.of("evidence")));
        waitUntil(() -> shownAnnotations().stream().allMatch(a -> !a.tags().isEmpty()));
        clickMenu("Library");
        clickMenu("Tags\u2026");
        waitUntil(() -> lookup("#tag-table").tryQuery().isPresent());
        waitUntil(() -> onFx(() -> names()).size() == 3);
    }

    @Test
    void theTreeShowsEachLevelWithItsCountRolledUp() throws Exception {
        openTagsWithTwoAnnotations();
        TreeTableView<TagNode> table = table();
        waitUntil(() -> onFx(() -> shown(table)).size() == 4);
        assertThat(onFx(() -> shown(table))).containsExactly("claim 1", "  economic 1", "    x 1", "evidence 1");
    }

    @Test
    void draggingATagOntoAnotherMovesItWithTheTagsUnderIt() throws Exception {
        openTagsWithTwoAnnotations();
        waitUntil(() -> lookup(".tree-table-row-cell").match((TreeTableRow<TagNode> r) -> r.getItem() != null
                && r.getItem().name().equals("evidence")).tryQuery().isPresent());
        drag(row("claim/economic"), MouseButton.PRIMARY).dropTo(row("evidence"));

        waitUntil(() -> onFx(() -> names()).equals(List.of("evidence", "evidence/economic", "evidence/economic/x")));
        waitUntil(() -> shownAnnotations().stream().anyMatch(a -> a.id().equals(first.id())
                && a.tags().equals(List.of("evidence/economic", "evidence/economic/x"))));
        waitUntil(() -> onFx(() -> shown(table())).equals(List.of("evidence 2", "  economic 1", "    x 1")));

        // onto the empty area below the rows: to the top level
        Bounds area = onFx(() -> table().localToScreen(table().getBoundsInLocal()));
        drag(row("evidence/economic"), MouseButton.PRIMARY)
                .dropTo(new Point2D(area.getMinX() + 60, area.getMaxY() - 20));
        waitUntil(() -> onFx(() -> names()).equals(List.of("economic", "economic/x", "evidence")));
    }

    @Test
    void moveToRefusesAClashAndKeepsWhatWasCollapsed() throws Exception {
        startApp();
        first = highlightQuote("Moscow, however, is in no hurry", "purple");
        interact(() -> window().annotations().setTags(first, List.of("claim/economic")));
        second = highlightQuote("Cairo was and still is the main negotiator", "green");
        interact(() -> window().annotations().setTags(second, List.of("evidence/economic")));
        waitUntil(() -> shownAnnotations().stream().allMatch(a -> !a.tags().isEmpty()));
        clickMenu("Library");
        clickMenu("Tags\u2026");
        waitUntil(() -> lookup("#tag-table").tryQuery().isPresent());
        waitUntil(() -> onFx(() -> shown(table())).size() == 4);

        moveTo("claim/economic", "evidence");
        waitUntil(() -> onFx(() -> window().status().messageProperty().get()).equals(
                "Cannot move 'claim/economic': a tag named 'evidence/economic' already exists."));
        assertThat(onFx(() -> names())).containsExactly("claim/economic", "evidence/economic");

        clickOn(row("claim"));
        type(javafx.scene.input.KeyCode.LEFT);
        waitUntil(() -> onFx(() -> shown(table())).equals(List.of("claim 1", "evidence 1", "  economic 1")));
        moveTo("evidence", "claim");
        waitUntil(() -> onFx(() -> names()).equals(List.of("claim/economic", "claim/evidence/economic")));
        // the tree was rebuilt from the library: claim is still collapsed, and now counts both
        waitUntil(() -> onFx(() -> shown(table())).equals(List.of("claim 2")));
    }

    /** Select the tag, Move to…, choose the new parent, OK. */
    private void moveTo(String tag, String parent) throws Exception {
        clickOn(row(tag));
        clickOn("#tag-move");
        choose(parent);
    }

    /** In the Move to… dialog: choose the new parent, OK. */
    private void choose(String parent) throws Exception {
        waitUntil(() -> lookup(".dialog-pane .combo-box").tryQuery().isPresent());
        clickOn(".dialog-pane .combo-box");
        waitUntil(() -> lookup(".combo-box-popup .list-cell").match(
                org.testfx.matcher.control.LabeledMatchers.hasText(parent)).tryQuery().isPresent());
        clickOn(lookup(".combo-box-popup .list-cell").match(org.testfx.matcher.control.LabeledMatchers.hasText(parent))
                .queryAs(Node.class));
        clickOn(lookup(".dialog-pane .button").match(org.testfx.matcher.control.LabeledMatchers.hasText("OK"))
                .queryAs(Node.class));
    }

    private List<String> names() {
        return window().tags().tags().stream().map(TagCount::name).toList();
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<TagNode> table() {
        return lookup("#tag-table").queryAs(TreeTableView.class);
    }

    /** The visible rows, indented two spaces a level: "segment count". */
    private static List<String> shown(TreeTableView<TagNode> table) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < table.getExpandedItemCount(); i++) {
            TreeItem<TagNode> item = table.getTreeItem(i);
            out.add("  ".repeat(table.getTreeItemLevel(item) - 1) + item.getValue().segment() + " "
                    + item.getValue().count());
        }
        return out;
    }

    private Node row(String name) {
        return lookup(".tree-table-row-cell").match((TreeTableRow<TagNode> r) ->
                r.getItem() != null && r.getItem().name().equals(name)).queryAs(Node.class);
    }
}
