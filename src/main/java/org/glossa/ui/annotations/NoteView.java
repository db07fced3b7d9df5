package org.glossa.ui.annotations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.glossa.core.importing.MarkdownImporter;
import org.glossa.model.DocumentContent;
import org.glossa.model.Mark;

/** A note's Markdown shown as formatted text (bold, italic, code, links, paragraphs). */
public final class NoteView {
    private static final MarkdownImporter MARKDOWN = new MarkdownImporter();

    private NoteView() {
    }

    /** Fills {@code flow} with the note's text, formatted as the sidebar shows it. */
    public static void render(TextFlow flow, String markdown) {
        DocumentContent content = MARKDOWN.parse(markdown, "note").content();
        String text = content.text();
        List<Integer> cuts = new ArrayList<>(List.of(0, text.length()));
        for (Mark m : content.marks()) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        List<Integer> points = cuts.stream().distinct().sorted().toList();
        List<Text> nodes = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            int s = points.get(i);
            int e = points.get(i + 1);
            Text t = new Text(text.substring(s, e));
            t.getStyleClass().add("note-text");
            for (Mark m : content.marks()) {
                if (m.start() <= s && m.end() >= e) {
                    t.getStyleClass().add("m-" + m.kind().name().toLowerCase(Locale.ROOT));
                }
            }
            nodes.add(t);
        }
        flow.getChildren().setAll(nodes);
    }
}
