package org.glossa.ui.reader;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.glossa.model.Document;
import org.glossa.model.Mark;
import org.glossa.model.MarkKind;
import org.glossa.ui.StatusLine;

/**
 * Links in the text: resting the mouse on one shows its address in the status line; a click on a
 * link to a place in the document goes there, a click on a web link asks before the system
 * browser opens it. Nothing is opened without the user's yes. After a jump, {@link LinkReturns}
 * leads back, and so does a link that points back into the paragraph the jump started from (a
 * footnote's own "↩" back-reference).
 */
public final class DocumentLinks {
    private final ReaderView reader;
    private final StatusLine status;
    private final LinkReturns returns;
    private Consumer<String> browser = address -> { };
    /** The address the status line shows for the link under the mouse, or null. */
    private String shown;

    public DocumentLinks(ReaderView reader, StatusLine status) {
        this.reader = reader;
        this.status = status;
        this.returns = new LinkReturns(reader);
    }

    /** The way back after a jump to a place in the document. */
    public LinkReturns returns() {
        return returns;
    }

    /** Where web links are opened once the user agrees (the system browser, through HostServices). */
    public void openWebLinksWith(Consumer<String> opener) {
        browser = opener;
    }

    /** Wires hover and click on the reading pane. */
    public void wire() {
        var area = reader.area();
        area.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(linkAt(e).orElse(null)));
        area.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null));
        area.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 1 && e.isStillSincePress()
                    && reader.selection().getLength() == 0) {
                linkAt(e).ifPresent(this::follow);
            }
        });
    }

    private Optional<Mark> linkAt(MouseEvent e) {
        Document doc = reader.document();
        var index = reader.characterAt(e.getX(), e.getY());
        if (doc == null || index.isEmpty()) {
            return Optional.empty();
        }
        int at = index.getAsInt();
        return doc.content().marks().stream()
                .filter(m -> m.kind() == MarkKind.LINK && m.start() <= at && at < m.end() && m.href() != null)
                .reduce((outer, inner) -> inner);
    }

    private void hover(Mark link) {
        String address = link == null ? null : link.href();
        if (java.util.Objects.equals(address, shown)) {
            return;
        }
        if (address == null) {
            if (shown != null && status.messageProperty().get().equals(hoverText(shown))) {
                status.info("");
            }
            reader.area().setCursor(Cursor.TEXT);
        } else {
            status.info(hoverText(address));
            reader.area().setCursor(Cursor.HAND);
        }
        shown = address;
    }

    private static String hoverText(String address) {
        return "Link: " + address;
    }

    /** Goes where a link leads: a place in this document, or (after asking) a web page. */
    void follow(Mark link) {
        String href = link.href();
        Optional<String> fragment = placeInDocument(href);
        if (fragment.isPresent()) {
            OptionalTarget.find(reader.document(), fragment.get()).ifPresentOrElse(at -> {
                if (returns.leadsBack(at) && returns.goBack()) {
                    status.info("Back where you were.");
                    return; // a note's link back to its reference: the way back, not a new jump
                }
                returns.remember();
                reader.jumpTo(at);
                status.info("\u21a9 Back or Alt+Left returns to where you were.");
            },
                    () -> status.info("This link leads to \u201c#" + fragment.get() + "\u201d, which is not in this document."));
            return;
        }
        String scheme = href.toLowerCase(Locale.ROOT);
        if (!scheme.startsWith("http://") && !scheme.startsWith("https://") && !scheme.startsWith("mailto:")) {
            status.info("This link leads to \u201c" + href + "\u201d, which was relative to the site the page came from;"
                    + " Glossa cannot open it.");
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "Open this address in your web browser?\n\n" + href,
                ButtonType.OK, ButtonType.CANCEL);
        ask.setTitle("Open link");
        ask.setHeaderText(null);
        if (reader.area().getScene() != null) {
            ask.initOwner(reader.area().getScene().getWindow());
        }
        if (ask.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) {
            browser.accept(href);
            status.info("Opened " + href + " in the web browser.");
        }
    }

    /** The place name when {@code href} leads into the open document: "#name", or its own address with one. */
    private Optional<String> placeInDocument(String href) {
        int hash = href.indexOf('#');
        if (hash < 0 || hash == href.length() - 1) {
            return Optional.empty();
        }
        String before = href.substring(0, hash);
        String source = reader.document() == null ? null : reader.document().info().source();
        if (!before.isEmpty() && (source == null || !before.equals(source.replaceFirst("#.*$", "")))) {
            return Optional.empty();
        }
        return Optional.of(URLDecoder.decode(href.substring(hash + 1), StandardCharsets.UTF_8));
    }

    /** The offset of a named place in a document, at its first visible character. */
    static final class OptionalTarget {
        private OptionalTarget() {
        }

        static Optional<Integer> find(Document doc, String name) {
            if (doc == null) {
                return Optional.empty();
            }
            String text = doc.text();
            return doc.content().marks().stream()
                    .filter(m -> m.kind() == MarkKind.TARGET && name.equals(m.href()))
                    .findFirst()
                    .map(m -> {
                        int at = m.start();
                        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                            at++;
                        }
                        return at;
                    });
        }
    }
}
