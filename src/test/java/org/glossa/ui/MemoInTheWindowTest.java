package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.glossa.core.Library;
import org.glossa.model.MemoTarget;
import org.junit.jupiter.api.Test;

/** Library › Project memo…: a memo typed in the window is there after quitting at once and starting again. */
class MemoInTheWindowTest extends WindowFixture {
    private static final String TYPED = "Why did *growth* stall?";

    @Test
    void aProjectMemoTypedAndLeftAtOnceIsThereAfterARestart() throws Exception {
        startApp();
        clickMenu("Library");
        clickMenu("Project memo\u2026");
        waitUntil(() -> lookup("#memo-body").tryQuery().isPresent());
        waitUntil(() -> "Project memo".equals(lookup("#memo-about").queryLabeled().getText()));
        TextArea body = lookup("#memo-body").queryAs(TextArea.class);
        clickOn(body).write(TYPED);
        waitUntil(() -> onFx(body::getText).equals(TYPED));
        // the preview renders the Markdown as notes are rendered: the asterisks are gone
        TextFlow preview = lookup("#memo-preview").queryAs(TextFlow.class);
        waitUntil(() -> onFx(() -> preview.getChildren().stream().map(n -> ((Text) n).getText())
                .reduce("", String::concat)).equals("Why did growth stall?"));

        // quitting at once, before the pause after typing has saved it
        restartApp();

        try (Library lib = Library.openReadOnly(libraryFile())) {
            assertThat(lib.memos().of(MemoTarget.project())).singleElement()
                    .satisfies(m -> assertThat(m.body()).isEqualTo(TYPED));
        }
        clickMenu("Library");
        clickMenu("Project memo\u2026");
        waitUntil(() -> lookup("#memo-body").tryQuery().isPresent());
        TextArea again = lookup("#memo-body").queryAs(TextArea.class);
        waitUntil(() -> onFx(again::getText).equals(TYPED));
        ListView<?> list = lookup("#memo-list").queryListView();
        waitUntil(() -> onFx(() -> list.getItems().size()) == 1);

        clickOn("#memo-search").write("nothing-like-this");
        waitUntil(() -> onFx(() -> list.getItems().isEmpty()));
    }

    @Test
    void theTagsDialogOpensTheMemoOfTheChosenCode() throws Exception {
        try (Library lib = Library.open(libraryFile())) {
            lib.annotateQuote(1, "neutral position", 1, "green", "", java.util.List.of("claim/diplomacy"));
        }
        startApp();
        clickMenu("Library");
        clickMenu("Tags\u2026");
        waitUntil(() -> lookup("#tag-table").tryQuery().isPresent());
        waitUntil(() -> onFx(() -> lookup(".tree-table-row-cell").queryAll().stream()
                .anyMatch(r -> isRow(r, "claim/diplomacy"))));
        clickOn(lookup(".tree-table-row-cell").match(r -> isRow(r, "claim/diplomacy"))
                .queryAs(javafx.scene.Node.class));
        clickOn("#tag-memo");

        waitUntil(() -> lookup("#memo-about").tryQuery().isPresent()
                && "Code claim/diplomacy".equals(lookup("#memo-about").queryLabeled().getText()));
        clickOn("#memo-body").write("Only official statements.");
        interact(() -> window().quit());

        waitUntil(() -> onFx(() -> !reader().getScene().getWindow().isShowing()));
        try (Library lib = Library.openReadOnly(libraryFile())) {
            assertThat(lib.memos().of(MemoTarget.tag("claim/diplomacy"))).singleElement()
                    .satisfies(m -> assertThat(m.body()).isEqualTo("Only official statements."));
        }
    }

    private static boolean isRow(javafx.scene.Node n, String tag) {
        return n instanceof javafx.scene.control.TreeTableRow<?> r && r.getItem() instanceof org.glossa.ui.tags.TagNode t
                && t.name().equals(tag);
    }
}
