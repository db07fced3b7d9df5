package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Small windows: the reading column keeps its width, words stay whole, side panes give way. */
class SmallWindowInTheWindowTest extends WindowFixture {

    private Stage stage() {
        return (Stage) reader().getScene().getWindow();
    }

    private void resize(double width, double height) throws Exception {
        waitUntil(() -> onFx(() -> window().sizeSettled()));
        interact(() -> {
            stage().setWidth(width);
            stage().setHeight(height);
        });
        waitUntil(() -> onFx(() -> Math.abs(reader().getScene().getWidth() - stage().getWidth()) < 20
                && reader().getScene().getWidth() <= width));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private boolean leftPaneShown() {
        return onFx(() -> lookup("#left-pane").tryQuery().map(n -> n.getScene() != null).orElse(false));
    }

    private boolean sidebarShown() {
        return onFx(() -> lookup("#annotation-list").tryQuery().map(n -> n.getScene() != null).orElse(false));
    }

    /** Offsets in visible paragraphs where a wrapped line starts between two letters of one word. */
    private java.util.List<String> wordsBrokenAcrossLines() {
        return onFx(() -> {
            java.util.List<String> broken = new java.util.ArrayList<>();
            int visible = reader().getVisibleParagraphs().size();
            for (int v = 0; v < visible; v++) {
                int par = reader().visibleParToAllParIndex(v);
                String text = reader().getParagraph(par).getText();
                for (int col = 1; col < text.length(); col++) {
                    if (reader().lineIndex(par, col) != reader().lineIndex(par, col - 1)
                            && Character.isLetter(text.charAt(col - 1)) && Character.isLetter(text.charAt(col))) {
                        broken.add(text.substring(Math.max(0, col - 8), Math.min(text.length(), col + 8)));
                    }
                }
            }
            return broken;
        });
    }

    @Test
    void at800By500TheReadingColumnKeepsItsWidthAndWordsStayWhole() throws Exception {
        startApp();
        resize(800, 500);
        double width = onFx(() -> reader().getWidth());
        assertThat(width).isGreaterThanOrEqualTo(SidePanes.READING_MIN_WIDTH - 30);
        assertThat(onFx(() -> reader().getVisibleParagraphs().size())).isGreaterThan(0);
        assertThat(wordsBrokenAcrossLines()).isEmpty();
    }

    @Test
    void atTheSmallestSizeTheTextIsStillThereAndTheSidePanesGiveWay() throws Exception {
        startApp();
        assertThat(leftPaneShown()).isTrue();
        assertThat(sidebarShown()).isTrue();
        resize(stage().getMinWidth(), stage().getMinHeight());
        waitUntil(() -> !sidebarShown());
        assertThat(onFx(() -> reader().getWidth())).isGreaterThanOrEqualTo(SidePanes.READING_MIN_WIDTH - 30);
        assertThat(onFx(() -> reader().getVisibleParagraphs().size())).isGreaterThan(0);
        assertThat(wordsBrokenAcrossLines()).isEmpty();

        resize(1280, 820);
        waitUntil(() -> sidebarShown() && leftPaneShown());
    }

    @Test
    void theSidePanesHideFromTheViewMenuAndStayHiddenAfterARestart() throws Exception {
        startApp();
        double before = onFx(() -> reader().getWidth());
        clickMenu("View");
        clickMenu("Hide library");
        waitUntil(() -> !leftPaneShown());
        assertThat(sidebarShown()).isTrue();
        waitUntil(() -> onFx(() -> reader().getWidth()) > before);

        restartApp();
        assertThat(leftPaneShown()).isFalse();
        assertThat(sidebarShown()).isTrue();

        clickOn("#reader");
        press(KeyCode.CONTROL).type(KeyCode.F9).release(KeyCode.CONTROL);
        waitUntil(() -> !sidebarShown());
        press(KeyCode.CONTROL).type(KeyCode.F9).release(KeyCode.CONTROL);
        waitUntil(this::sidebarShown);
        assertThat(leftPaneShown()).isFalse();

        type(KeyCode.F9);
        waitUntil(this::leftPaneShown);
    }

    @Test
    void aDividerTheReaderDraggedStaysThereAfterTheWindowWasSmallAndAfterARestart() throws Exception {
        startApp();
        resize(1280, 820);
        javafx.scene.Node divider = onFx(() -> lookup(".split-pane-divider").queryAll().stream()
                .max(java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getX())).orElseThrow());
        double sidebarBefore = onFx(() -> lookup("#annotation-list").query().getLayoutBounds().getWidth());
        drag(divider).moveBy(-150, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        waitUntil(() -> onFx(() -> lookup("#annotation-list").query().getLayoutBounds().getWidth()) > sidebarBefore + 100);
        double readingWidth = onFx(() -> reader().getWidth());

        resize(stage().getMinWidth(), stage().getMinHeight());
        waitUntil(() -> !sidebarShown());
        resize(1280, 820);
        waitUntil(() -> sidebarShown() && Math.abs(onFx(() -> reader().getWidth()) - readingWidth) < 30);

        restartApp();
        waitUntil(() -> Math.abs(onFx(() -> reader().getWidth()) - readingWidth) < 30);
    }
}
