package org.glossa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.glossa.model.Annotation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real Glossa window on a scratch library (headless under Monocle) and offers the
 * gestures a user makes: select a passage with the mouse, press keys, restart the app.
 */
abstract class WindowFixture extends FxRobot {
    private static final long TIMEOUT_S = 60;

    @TempDir
    Path dir;

    GlossaApp app;

    @BeforeAll
    static void registerStage() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    Path libraryFile() {
        return dir.resolve("library.sqlite");
    }

    /** Starts Glossa on the scratch library (and command-line arguments) and waits until the reader shows a document. */
    void startApp(String... arguments) throws TimeoutException {
        System.setProperty("glossa.configDir", dir.resolve("config").toString());
        String[] all = new String[arguments.length + 1];
        all[0] = "--library=" + libraryFile();
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        app = (GlossaApp) FxToolkit.setupApplication(GlossaApp.class, all);
        waitUntil(() -> app.window() != null && reader().getLength() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void restartApp() throws TimeoutException {
        stopApp();
        startApp();
    }

    @AfterEach
    void stopApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
            app = null;
        }
    }

    MainWindow window() {
        return app.window();
    }

    StyleClassedTextArea reader() {
        return app.window().reader().area();
    }

    String documentText() {
        return app.window().reader().document().text();
    }

    java.util.List<Annotation> shownAnnotations() {
        return onFx(() -> java.util.List.copyOf(window().annotations().annotations()));
    }

    /** Drags the mouse over {@code [start, end)} of the reader's text, like a user selecting it. */
    void selectWithMouse(int start, int end) throws TimeoutException {
        // the passage's paragraph at the top: a drag that ends near the pane's bottom edge scrolls it
        interact(() -> reader().showParagraphAtTop(
                reader().offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor()));
        Bounds first = stableBounds(start, start + 1);
        Bounds last = stableBounds(end - 1, end);
        moveTo(new Point2D(first.getMinX() + 0.5, first.getMinY() + first.getHeight() / 2));
        press(MouseButton.PRIMARY);
        moveTo(new Point2D(last.getMaxX() - 0.5, last.getMinY() + last.getHeight() / 2));
        release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Character bounds on screen, once layout has settled (the same twice in a row). */
    Bounds stableBounds(int from, int to) throws TimeoutException {
        Bounds[] previous = new Bounds[1];
        Bounds[] current = new Bounds[1];
        waitUntil(() -> {
            previous[0] = current[0];
            current[0] = onFx(() -> reader().getCharacterBoundsOnScreen(from, to).orElse(null));
            return current[0] != null && current[0].equals(previous[0]);
        });
        return current[0];
    }

    /** The style classes the reader has at a character. */
    java.util.Collection<String> stylesAt(int offset) {
        return onFx(() -> reader().getStyleOfChar(offset));
    }

    /** Highlights the first occurrence of {@code quote} through the view model; returns when it is saved. */
    Annotation highlightQuote(String quote, String color) throws TimeoutException {
        int start = indexOf(documentText(), quote);
        int before = shownAnnotations().size();
        java.util.concurrent.atomic.AtomicBoolean saved = new java.util.concurrent.atomic.AtomicBoolean();
        interact(() -> window().annotations().highlight(start, start + quote.length(), color, () -> saved.set(true)));
        waitUntil(() -> saved.get() && shownAnnotations().size() == before + 1);
        return shownAnnotations().stream().filter(a -> a.quote().exact().equals(quote)).findFirst().orElseThrow();
    }

    /** Clicks the sidebar row showing the annotation with this quote. */
    void clickAnnotationRow(String quote) {
        clickOn(lookup(".annotation-cell").match((javafx.scene.control.ListCell<Annotation> c) ->
                c.getItem() != null && c.getItem().quote().exact().equals(quote)).queryAs(javafx.scene.Node.class));
    }

    private boolean fromMenuBar;

    /** Clicks the visible menu, menu item or label showing {@code text} (mnemonic marks ignored). */
    void clickMenu(String text) throws TimeoutException {
        java.util.function.Predicate<javafx.scene.Node> shows = n -> n instanceof javafx.scene.control.Labeled l
                && l.isVisible() && l.getScene() != null && l.getScene().getWindow() != null
                && l.getScene().getWindow().isShowing() && l.getText() != null
                && l.getText().replace("_", "").equals(text);
        // a menu title in the menu bar wins over other labels with the same text (a tab, say)
        java.util.function.Predicate<javafx.scene.Node> inMenus = n -> shows.test(n)
                && (n.getStyleClass().contains("menu") || n.getScene().getWindow() instanceof javafx.stage.PopupWindow);
        waitUntil(() -> lookup(inMenus).tryQuery().isPresent());
        javafx.scene.Node node = lookup(inMenus).queryAs(javafx.scene.Node.class);
        Point2D target = point(node).query();
        Point2D now = robotContext().getBaseRobot().retrieveMouse();
        boolean onBar = !(node.getScene().getWindow() instanceof javafx.stage.PopupWindow);
        if (fromMenuBar) {
            // down the open menu first: sideways along the bar would open the neighbouring menu
            moveTo(new Point2D(now.getX(), target.getY()));
        } else {
            // into a submenu sideways first: a diagonal path crosses other items and closes it
            moveTo(new Point2D(target.getX(), now.getY()));
        }
        moveTo(target);
        clickOn(MouseButton.PRIMARY);
        fromMenuBar = onBar;
    }

    // A click goes where the node is once pending layout is done: a node that has just become
    // visible (or a list that has just been refilled) takes its place only at the next pulse.
    @Override
    public org.testfx.api.FxRobot clickOn(String query, org.testfx.robot.Motion motion, MouseButton... buttons) {
        WaitForAsyncUtils.waitForFxEvents();
        return super.clickOn(query, motion, buttons);
    }

    @Override
    public org.testfx.api.FxRobot clickOn(javafx.scene.Node node, org.testfx.robot.Motion motion, MouseButton... buttons) {
        WaitForAsyncUtils.waitForFxEvents();
        return super.clickOn(node, motion, buttons);
    }

    @Override
    public org.testfx.api.FxRobot doubleClickOn(String query, org.testfx.robot.Motion motion, MouseButton... buttons) {
        WaitForAsyncUtils.waitForFxEvents();
        return super.doubleClickOn(query, motion, buttons);
    }

    @Override
    public org.testfx.api.FxRobot doubleClickOn(javafx.scene.Node node, org.testfx.robot.Motion motion,
            MouseButton... buttons) {
        WaitForAsyncUtils.waitForFxEvents();
        return super.doubleClickOn(node, motion, buttons);
    }

    static <T> T onFx(java.util.concurrent.Callable<T> work) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(work));
    }

    static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(TIMEOUT_S, TimeUnit.SECONDS, () -> condition.getAsBoolean());
    }

    static int indexOf(String text, String quote) {
        int at = text.indexOf(quote);
        assertThat(at).as("quote in the sample article").isGreaterThanOrEqualTo(0);
        return at;
    }
}
