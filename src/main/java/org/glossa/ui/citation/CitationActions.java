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
    /** The style in use: read from the library once, changed at once when the user picks another. */
    private CitationStyle style;

    public CitationActions(Library library, Background background, StatusLine status) {
        this.library = library;
        this.background = background;
        this.status = status;
    }

    private CitationStyle style() {
        if (style == null) {
            style = library.citations().preferredStyle();
        }
        return style;
    }

    /** Puts {@code a} on the clipboard as a citation in the preferred style; says so in the status line. */
    public void copy(Annotation a) {
        if (a == null) {
            status.info("Select a highlight to copy it as a citation.");
            return;
        }
        CitationStyle chosen = style();
        background.submit(() -> new Styled(chosen, library.citations().cite(a.id(), chosen)), done -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(done.citation().text());
            content.putHtml(done.citation().html());
            Clipboard.getSystemClipboard().setContent(content);
            status.info("Copied as a citation (" + done.style().title() + "): " + done.citation().inText());
        }, failed -> status.error("Could not make the citation: " + failed.getMessage()));
    }

    /** The style menu: one radio item a style, the chosen one checked, a choice kept in the library. */
    public Menu styleMenu() {
        Menu menu = new Menu("Citation st_yle");
        ToggleGroup group = new ToggleGroup();
        CitationStyle chosen = style();
        for (CitationStyle s : CitationStyle.values()) {
            RadioMenuItem item = new RadioMenuItem(s.title());
            item.setId("menu-citation-" + s.key());
            item.setToggleGroup(group);
            item.setSelected(s == chosen);
            item.setOnAction(e -> {
                style = s;
                background.run(() -> library.citations().setPreferredStyle(s));
            });
            menu.getItems().add(item);
        }
        return menu;
    }

    private record Styled(CitationStyle style, Citation citation) {
    }
}
