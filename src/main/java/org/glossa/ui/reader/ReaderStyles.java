package org.glossa.ui.reader;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.ReadOnlyStyledDocumentBuilder;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.Block;
import org.glossa.model.DocumentContent;
import org.glossa.model.Mark;
import org.glossa.model.RangeIndex;

/**
 * Turns a document's marks and annotations into the style classes of the reading pane, in one
 * sweep over their boundaries. Style class lists are shared between spans with equal styles.
 */
public final class ReaderStyles {
    private final Map<String, List<String>> interned = new HashMap<>();
    private Function<Annotation, String> colorOf = Annotation::color;
    private DocumentContent indexed;
    private RangeIndex<Mark> marks;

    /** Which palette colour an annotation is drawn in (its own, or its tag's). */
    void colorBy(Function<Annotation, String> colorOf) {
        this.colorOf = colorOf;
    }

    /** One run of text with the same styles. */
    record Run(int start, int end, List<String> classes) {
    }

    private record Event(int pos, boolean open, Object item) {
    }

    /** Ranges marked over the text besides annotations: the hits of a find, one of them current. */
    public record Overlay(List<int[]> hits, int current) {
        public static final Overlay NONE = new Overlay(List.of(), -1);
    }

    private record Hit(int index) {
    }

    /**
     * Styles of {@code [from, to)} as a list of runs that covers the range without gaps. Only
     * annotations that overlap the range count, so the caller may pass just those.
     */
    List<Run> runs(DocumentContent content, List<Annotation> annotations, String selectedId, Overlay overlay,
                   int from, int to) {
        List<Event> events = new ArrayList<>();
        List<int[]> hits = overlay.hits();
        int firstHit = firstEndingAfter(hits, from);
        for (int h = firstHit; h < hits.size() && hits.get(h)[0] < to; h++) {
            addEvents(events, hits.get(h)[0], hits.get(h)[1], new Hit(h), from, to);
        }
        for (Mark m : marksOf(content).overlapping(from, to)) {
            addEvents(events, m.start(), m.end(), m, from, to);
        }
        for (Annotation a : annotations) {
            if (a.status() != AnchorStatus.ORPHANED) {
                addEvents(events, a.start(), a.end(), a, from, to);
            }
        }
        events.sort((x, y) -> x.pos() != y.pos() ? Integer.compare(x.pos(), y.pos())
                : Boolean.compare(x.open(), y.open()));
        List<Run> runs = new ArrayList<>();
        int[] markCount = new int[org.glossa.model.MarkKind.values().length];
        List<Annotation> active = new ArrayList<>();
        int[] hitState = {0, 0};
        int cursor = from;
        int i = 0;
        while (i < events.size()) {
            int pos = events.get(i).pos();
            if (pos > cursor) {
                runs.add(new Run(cursor, pos, classes(markCount, active, selectedId, hitState)));
                cursor = pos;
            }
            while (i < events.size() && events.get(i).pos() == pos) {
                Event e = events.get(i++);
                if (e.item() instanceof Mark m) {
                    markCount[m.kind().ordinal()] += e.open() ? 1 : -1;
                } else if (e.item() instanceof Hit hit) {
                    hitState[0] += e.open() ? 1 : -1;
                    if (hit.index() == overlay.current()) {
                        hitState[1] = e.open() ? 1 : 0;
                    }
                } else if (e.open()) {
                    active.add((Annotation) e.item());
                } else {
                    active.remove((Annotation) e.item());
                }
            }
        }
        if (cursor < to) {
            runs.add(new Run(cursor, to, classes(markCount, active, selectedId, hitState)));
        }
        return runs;
    }

    private RangeIndex<Mark> marksOf(DocumentContent content) {
        if (content != indexed) {
            marks = new RangeIndex<>(content.marks(), Mark::start, Mark::end);
            indexed = content;
        }
        return marks;
    }

    private static void addEvents(List<Event> events, int start, int end, Object item, int from, int to) {
        int s = Math.max(start, from);
        int e = Math.min(end, to);
        if (s < e) {
            events.add(new Event(s, true, item));
            events.add(new Event(e, false, item));
        }
    }

    /** Index of the first hit that ends after {@code offset} (hits are sorted and disjoint). */
    private static int firstEndingAfter(List<int[]> hits, int offset) {
        int lo = 0;
        int hi = hits.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (hits.get(mid)[1] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<String> classes(int[] markCount, List<Annotation> active, String selectedId, int[] hitState) {
        StringBuilder key = new StringBuilder();
        List<String> out = new ArrayList<>(4);
        for (org.glossa.model.MarkKind k : org.glossa.model.MarkKind.values()) {
            if (markCount[k.ordinal()] > 0) {
                out.add("m-" + k.name().toLowerCase(Locale.ROOT));
            }
        }
        if (!active.isEmpty()) {
            Annotation top = active.get(active.size() - 1);
            out.add("hl");
            out.add("hl-" + colorOf.apply(top));
            if (active.size() > 1) {
                // the one beneath shows as an underline in its own colour
                out.add("hl-overlap");
                out.add("under-" + colorOf.apply(active.get(active.size() - 2)));
            }
            if (top.status() == AnchorStatus.FUZZY) {
                out.add("hl-fuzzy");
            }
            for (Annotation a : active) {
                if (a.id().equals(selectedId)) {
                    out.add("hl-selected");
                    break;
                }
            }
        }
        if (hitState[0] > 0) {
            out.add(hitState[1] > 0 ? "find-current" : "find-hit");
        }
        for (String c : out) {
            key.append(c).append(' ');
        }
        return interned.computeIfAbsent(key.toString(), k -> List.copyOf(out));
    }

    /**
     * The reading pane's styled document of {@code content}: one paragraph a line, each with its
     * block's paragraph style and the runs' style classes. Immutable, so it can be built off the
     * FX thread.
     */
    static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> document(DocumentContent content,
                                                                                          List<Run> runs) {
        String text = content.text();
        ReadOnlyStyledDocumentBuilder<Collection<String>, String, Collection<String>> builder =
                new ReadOnlyStyledDocumentBuilder<>(SegmentOps.styledTextOps(), List.of());
        int runIndex = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            var spans = new org.fxmisc.richtext.model.StyleSpansBuilder<Collection<String>>();
            boolean any = false;
            while (runIndex < runs.size() && runs.get(runIndex).start() < lineEnd) {
                ReaderStyles.Run r = runs.get(runIndex);
                int s = Math.max(r.start(), lineStart);
                int e = Math.min(r.end(), lineEnd);
                if (e > s) {
                    spans.add(r.classes(), e - s);
                    any = true;
                }
                if (r.end() <= lineEnd) {
                    runIndex++;
                } else {
                    break;
                }
            }
            if (!any) {
                spans.add(List.of(), 0);
            }
            builder.addParagraph(text.substring(lineStart, lineEnd), spans.create(),
                    ReaderStyles.paragraphStyle(content, lineStart, lineEnd));
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return builder.build();
    }

    /**
     * {@code content} with {@code annotations} styled as the reading pane shows them, for views
     * that show a document read-only beside the reader (an export's preview).
     */
    public static ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> page(DocumentContent content,
                                                                                             List<Annotation> annotations) {
        return document(content, new ReaderStyles().runs(content, annotations, null, Overlay.NONE, 0,
                content.text().length()));
    }

    /** StyleSpans over {@code [from, to)}, for restyling a changed region. */
    StyleSpans<Collection<String>> spans(DocumentContent content, List<Annotation> annotations, String selectedId,
                                         Overlay overlay, int from, int to) {
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        for (Run r : runs(content, annotations, selectedId, overlay, from, to)) {
            b.add(r.classes(), r.end() - r.start());
        }
        if (from == to) {
            b.add(List.of(), 0);
        }
        return b.create();
    }

    /** The paragraph style of the line starting at {@code lineStart}. */
    static List<String> paragraphStyle(DocumentContent content, int lineStart, int lineEnd) {
        int bi = content.blockIndexAt(lineStart);
        if (bi < 0) {
            return GAP;
        }
        Block b = content.blocks().get(bi);
        if (lineStart > b.end() || (lineStart == lineEnd && lineStart >= b.end())) {
            return GAP;
        }
        return switch (b.kind()) {
            case HEADING -> HEADINGS.get(Math.max(1, Math.min(6, b.level())) - 1);
            case QUOTE -> List.of("p-quote");
            case LIST_ITEM -> List.of("p-list");
            case CODE -> List.of("p-code");
            case CAPTION -> List.of("p-caption");
            case TABLE_ROW -> List.of("p-table");
            case PAGE_BREAK -> GAP;
            default -> List.of("p-text");
        };
    }

    private static final List<String> GAP = List.of("p-gap");
    private static final List<List<String>> HEADINGS = List.of(List.of("p-h1"), List.of("p-h2"), List.of("p-h3"),
            List.of("p-h4"), List.of("p-h5"), List.of("p-h6"));
}
