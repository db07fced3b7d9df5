package org.glossa.ui.annotations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.glossa.core.importing.MarkdownImporter;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentContent;
import org.glossa.model.Mark;

/**
 * A note's Markdown shown as formatted text (bold, italic, code, links, paragraphs). The parsed
 * note is kept per annotation and version (id and modified time), so the sidebar's cells, which
 * are updated on every scroll and every change of the list, parse each note once.
 */
public final class NoteView {
    private static final MarkdownImporter MARKDOWN = new MarkdownImporter();
    /** Enough for every annotated note of a long book; the eldest go first beyond it. */
    private static final int KEPT = 4096;
    private static final Map<String, Parsed> PARSED = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > KEPT;
        }
    };

    /** One run of the note's text with the style classes of its marks. */
    record Piece(String text, List<String> styleClasses) {
    }

    /** A note as written and as parsed: a note edited ahead of its save keeps its modified time. */
    private record Parsed(String markdown, List<Piece> pieces) {
    }

    private NoteView() {
    }

    /** Shows the note of {@code a} in {@code flow}; on the FX thread. */
    public static void render(TextFlow flow, Annotation a) {
        List<Text> nodes = new ArrayList<>();
        for (Piece p : pieces(a)) {
            Text t = new Text(p.text());
            t.getStyleClass().setAll(p.styleClasses());
            nodes.add(t);
        }
        flow.getChildren().setAll(nodes);
    }

    /** Shows any Markdown text (a memo, say) in {@code flow} as notes are shown; on the FX thread. */
    public static void renderMarkdown(TextFlow flow, String markdown) {
        List<Text> nodes = new ArrayList<>();
        for (Piece p : parse(markdown == null ? "" : markdown)) {
            Text t = new Text(p.text());
            t.getStyleClass().setAll(p.styleClasses());
            nodes.add(t);
        }
        flow.getChildren().setAll(nodes);
    }

    /** The parsed note of {@code a}: the same list for the same id, modified time and note; on the FX thread. */
    static List<Piece> pieces(Annotation a) {
        String key = a.id() + '\n' + a.modified();
        Parsed cached = PARSED.get(key);
        if (cached == null || !cached.markdown().equals(a.note())) {
            cached = new Parsed(a.note(), parse(a.note()));
            PARSED.put(key, cached);
        }
        return cached.pieces();
    }

    static List<Piece> parse(String markdown) {
        DocumentContent content = MARKDOWN.parse(markdown, "note").content();
        String text = content.text();
        List<Integer> cuts = new ArrayList<>(List.of(0, text.length()));
        for (Mark m : content.marks()) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        List<Integer> points = cuts.stream().distinct().sorted().toList();
        List<Piece> pieces = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            int s = points.get(i);
            int e = points.get(i + 1);
            List<String> classes = new ArrayList<>(List.of("note-text"));
            for (Mark m : content.marks()) {
                if (m.start() <= s && m.end() >= e) {
                    classes.add("m-" + m.kind().name().toLowerCase(Locale.ROOT));
                }
            }
            pieces.add(new Piece(text.substring(s, e), List.copyOf(classes)));
        }
        return List.copyOf(pieces);
    }
}
