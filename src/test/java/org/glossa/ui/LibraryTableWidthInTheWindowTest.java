package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.glossa.core.organize.LibraryRow;
import org.junit.jupiter.api.Test;

/**
 * The library window at 1280 px, the width of a small laptop screen: the collections pane and all
 * nine columns fit without sideways scrolling, every header and every date, format and count is
 * shown whole, and a title cut short shows whole on hover.
 */
class LibraryTableWidthInTheWindowTest extends WindowFixture {
    @Test
    void atTwelveHundredEightyPixelsEveryColumnFitsWithTheCollectionsBeside() throws Exception {
        startApp();
        var a = highlightQuote("emphatically neutral position", "yellow");
        interact(() -> window().annotations().setTags(a, List.of("claim/diplomacy", "evidence")));
        waitUntil(() -> !shownAnnotations().get(0).tags().isEmpty());
        interact(() -> {
            var model = window().tools().libraryTableModel();
            model.createCollection("Middle East");
        });

        push(KeyCode.CONTROL, KeyCode.L);
        waitUntil(() -> lookup("#library-table").tryQuery().isPresent());
        TableView<LibraryRow> table = lookup("#library-table").queryTableView();
        waitUntil(() -> onFx(() -> table.getItems().size()) == 1 && !table.getItems().get(0).tags().isEmpty());
        Stage stage = onFx(() -> window().tools().libraryWindow().stage());
        // at 1280 px, and narrower still, where every column is down to its least width
        for (int width : new int[] {1280, 1180}) {
            interact(() -> stage.setWidth(width));
            waitUntil(() -> onFx(() -> Math.abs(table.getScene().getWidth() - width) < 20));
            interact(table::layout);
            assertEverythingFits(table);
        }
    }

    private void assertEverythingFits(TableView<LibraryRow> table) {

        assertThat(onFx(() -> table.getColumns().size())).isEqualTo(9);
        assertThat(onFx(() -> table.lookupAll(".scroll-bar").stream()
                .filter(n -> n instanceof ScrollBar b && b.getOrientation() == Orientation.HORIZONTAL)
                .noneMatch(Node::isVisible))).as("no sideways scroll bar").isTrue();
        double columns = onFx(() -> table.getColumns().stream().mapToDouble(TableColumn::getWidth).sum());
        assertThat(columns).isLessThanOrEqualTo(onFx(table::getWidth));
        Node collections = lookup("#collection-list").query();
        assertThat(onFx(() -> collections.getLayoutBounds().getWidth())).isGreaterThanOrEqualTo(150);
        assertThat(onFx(() -> table.localToScene(table.getLayoutBounds()).getMaxX()))
                .isLessThanOrEqualTo(onFx(() -> table.getScene().getWidth()));

        List<String> headers = onFx(() -> table.lookupAll(".column-header .label").stream()
                .map(n -> (Labeled) n).map(LibraryTableWidthInTheWindowTest::shown).toList());
        assertThat(headers).containsExactly("Title", "Author", "Source", "Format", "Added", "Last read",
                "Annotations", "Tags", "Collections");

        for (String id : List.of("column-format", "column-added", "column-last-read", "column-annotations")) {
            List<String[]> values = onFx(() -> cells(table, id).stream()
                    .map(c -> new String[] {c.getText(), shown(c)}).toList());
            assertThat(values).as(id).isNotEmpty();
            values.forEach(v -> assertThat(v[1]).as(id + " shown whole").isEqualTo(v[0]));
        }
        TableCell<?, ?> title = onFx(() -> cells(table, "column-title").get(0));
        String full = onFx(() -> table.getItems().get(0).info().title());
        assertThat(onFx(() -> title.getTooltip().getText())).isEqualTo(full);
        assertThat(onFx(() -> title.getWidth())).as("the title has the widest column")
                .isEqualTo(onFx(() -> table.getColumns().stream().mapToDouble(TableColumn::getWidth).max().orElseThrow()));
    }

    private static List<TableCell<?, ?>> cells(TableView<?> table, String columnId) {
        return table.lookupAll(".table-cell").stream()
                .filter(n -> n instanceof TableCell<?, ?> c && c.getTableColumn() != null
                        && columnId.equals(c.getTableColumn().getId()) && c.getText() != null && !c.isEmpty())
                .<TableCell<?, ?>>map(n -> (TableCell<?, ?>) n).toList();
    }

    /** What a label really draws: its text, or the text cut short with an ellipsis. */
    private static String shown(Labeled l) {
        l.applyCss();
        l.layout();
        return l.lookupAll(".text").stream().filter(n -> n instanceof Text && n.getParent() == l)
                .map(n -> ((Text) n).getText()).findFirst().orElse("");
    }
}
