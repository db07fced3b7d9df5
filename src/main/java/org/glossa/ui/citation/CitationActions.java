package org.glossa.ui.citation;

import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.glossa.core.Library;
import org.glossa.core.citation.Citation;
import org.glossa.core.citation.CitationStyle;
import org.glossa.model.Annotation;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;

/**
 * Edit › Copy as citation: the selected annotation's quote with its source, in the chosen style
 * (APA or Chicago), on the clipboard as plain text and as HTML, so a word processor pastes it
 * formatted (italic titles) and a plain editor as text.
 */
public final class CitationActions {
    private final Library library;
    private final Background background;
    private final StatusLine status;
    /**
     * The style the user picked in this window, changed at once on a pick; null until then, when
     * the library's saved choice is read by the background work itself (never on the FX thread).
     */
    private CitationStyle picked;

    public CitationActions(Library library, Background background, StatusLine status) {
        this.library = library;
        this.background = background;
        this.status = status;
    }

    /** Puts {@code a} on the clipboard as a citation in the preferred style; says so in the status line. */
    public void copy(Annotation a) {
        if (a == null) {
            status.info("Select a highlight to copy it as a citation.");
            return;
        }
        CitationStyle chosen = picked;
        background.submit(() -> {
            CitationStyle style = chosen != null ? chosen : library.citations().preferredStyle();
            return new Styled(style, library.citations().cite(a.id(), style));
        }, done -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(done.citation().text());
            content.putHtml(done.citation().html());
            Clipboard.getSystemClipboard().setContent(content);
            status.info("Copied as a citation (" + done.style().title() + "): " + done.citation().inText());
        }, failed -> status.error("Could not make the citation: " + failed.getMessage()));
    }

    /**
     * The style menu: one radio item a style, a choice kept in the library. The saved choice is
     * read in the background and checked when it arrives, so building the window reads nothing.
     */
    public Menu styleMenu() {
        Menu menu = new Menu("Citation st_yle");
        ToggleGroup group = new ToggleGroup();
        for (CitationStyle s : CitationStyle.values()) {
            RadioMenuItem item = new RadioMenuItem(s.title());
            item.setId("menu-citation-" + s.key());
            item.setToggleGroup(group);
            item.setUserData(s);
            item.setOnAction(e -> {
                picked = s;
                background.run(() -> library.citations().setPreferredStyle(s));
            });
            menu.getItems().add(item);
        }
        background.submit(() -> library.citations().preferredStyle(), saved -> {
            if (picked == null) {
                group.getToggles().stream().filter(t -> t.getUserData() == saved).findFirst()
                        .ifPresent(t -> t.setSelected(true));
            }
        }, background::report);
        return menu;
    }

    private record Styled(CitationStyle style, Citation citation) {
    }
}
