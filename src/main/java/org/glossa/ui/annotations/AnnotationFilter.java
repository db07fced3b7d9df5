package org.glossa.ui.annotations;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.glossa.core.organize.TagHierarchy;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.HighlightColor;

/** The sidebar's filter (text, colour, tag, status) and sort order over a document's annotations. */
final class AnnotationFilter {
    enum Order {
        POSITION("In reading order", Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end)),
        NEWEST("Newest first", Comparator.comparing(Annotation::modified).reversed()),
        OLDEST("Oldest first", Comparator.comparing(Annotation::created));

        private final String label;
        private final Comparator<Annotation> comparator;

        Order(String label, Comparator<Annotation> comparator) {
            this.label = label;
            this.comparator = comparator;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final String ANY = "";

    private final FilteredList<Annotation> filtered;
    private final SortedList<Annotation> sorted;
    private final TextField text = new TextField();
    private final ChoiceBox<String> color = new ChoiceBox<>();
    private final ChoiceBox<AnchorStatus> status = new ChoiceBox<>();
    /** The tag tree of the listed annotations, each level with its count rolled up ("" for all). */
    private final ChoiceBox<String> tag = new ChoiceBox<>();
    private java.util.Map<String, String> tagLabels = java.util.Map.of();
    private boolean tagsStale = true;
    private final ChoiceBox<Order> order = new ChoiceBox<>();
    private final VBox root;

    private java.util.function.Predicate<Annotation> layers = a -> true;
    private java.util.function.Function<Annotation, String> colorOf = Annotation::color;

    /** Only annotations of shown layers (authors) are listed. */
    void setLayers(java.util.function.Predicate<Annotation> visible) {
        layers = visible;
        update();
    }

    /** The colour filtered on is the one the annotation is drawn in (its tag's, when colouring by tag). */
    void setColorOf(java.util.function.Function<Annotation, String> colorOf) {
        this.colorOf = colorOf;
        update();
    }

    AnnotationFilter(ObservableList<Annotation> source) {
        filtered = new FilteredList<>(source, a -> true);
        sorted = new SortedList<>(filtered, Order.POSITION.comparator);
        text.setId("annotation-filter");
        text.setPromptText("Filter: words, #tag\u2026");
        text.setAccessibleText("Filter annotations");
        color.setId("annotation-color-filter");
        color.getItems().add(ANY);
        HighlightColor.palette().forEach(c -> color.getItems().add(c.key()));
        color.setValue(ANY);
        color.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null || key.isEmpty() ? "All colours" : key;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        color.setAccessibleText("Filter by colour");
        status.getItems().add(null);
        status.getItems().addAll(AnchorStatus.values());
        status.setConverter(new StringConverter<>() {
            @Override
            public String toString(AnchorStatus s) {
                if (s == null) {
                    return "Any status";
                }
                return switch (s) {
                    case ANCHORED -> "Anchored";
                    case FUZZY -> "Needs review";
                    case ORPHANED -> "Orphaned";
                };
            }

            @Override
            public AnchorStatus fromString(String s) {
                return null;
            }
        });
        status.setAccessibleText("Filter by status");
        tag.setId("annotation-tag-filter");
        tag.getItems().add(ANY);
        tag.setValue(ANY);
        tag.setConverter(new StringConverter<>() {
            @Override
            public String toString(String key) {
                return key == null || key.isEmpty() ? "All tags" : tagLabels.getOrDefault(key, key);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        tag.setAccessibleText("Filter by tag, with the tags under it");
        tag.valueProperty().addListener((o, a, b) -> update());
        // counted when the list opens, not on every change: a long book's annotations change often
        source.addListener((javafx.collections.ListChangeListener<Annotation>) c -> tagsStale = true);
        tag.setOnShowing(e -> {
            if (tagsStale) {
                tagsStale = false;
                refreshTags(source);
            }
        });
        order.getItems().setAll(Order.values());
        order.setValue(Order.POSITION);
        order.setId("annotation-order");
        order.setAccessibleText("Sort annotations");
        text.textProperty().addListener((o, a, b) -> update());
        color.valueProperty().addListener((o, a, b) -> update());
        status.valueProperty().addListener((o, a, b) -> update());
        order.valueProperty().addListener((o, a, b) -> sorted.setComparator(b.comparator));
        javafx.scene.layout.FlowPane choices = new javafx.scene.layout.FlowPane(4, 4, color, tag, status, order);
        root = new VBox(4, text, choices);
        root.setPadding(new Insets(0, 8, 6, 8));
    }

    /** Shows only annotations that lost or may have lost their passage. */
    void showNeedingAttention() {
        text.clear();
        tag.setValue(ANY);
        color.setValue(ANY);
        order.setValue(Order.POSITION);
        status.setValue(null);
        filtered.setPredicate(a -> a.status() != AnchorStatus.ANCHORED);
    }

    VBox node() {
        return root;
    }

    SortedList<Annotation> sorted() {
        return sorted;
    }

    private void update() {
        String within = tag.getValue();
        Predicate<Annotation> byTag = within == null || within.isEmpty() ? a -> true
                : a -> a.tags().stream().anyMatch(t -> TagHierarchy.isWithin(t, within));
        filtered.setPredicate(predicate(text.getText(), color.getValue(), status.getValue(), colorOf)
                .and(byTag).and(layers));
    }

    /** The tag choices for these annotations: every tag and level above one, in tree order. */
    private void refreshTags(java.util.List<? extends Annotation> annotations) {
        java.util.Map<String, String> labels = tagLevels(annotations);
        String chosen = tag.getValue();
        tagLabels = labels;
        java.util.List<String> items = new java.util.ArrayList<>();
        items.add(ANY);
        items.addAll(labels.keySet());
        if (!items.equals(tag.getItems())) {
            tag.getItems().setAll(items);
        }
        tag.setValue(chosen != null && labels.containsKey(chosen) ? chosen : ANY);
    }

    /**
     * The tag tree of some annotations, in tree order (each level followed by the levels under it,
     * by name): each level's key (lower case) with its label, the level's own name indented by its
     * depth and the number of annotations carrying it or a tag under it (counted once each).
     */
    static java.util.Map<String, String> tagLevels(java.util.List<? extends Annotation> annotations) {
        java.util.Map<String, java.util.Set<String>> byTag = new java.util.HashMap<>();
        java.util.Map<String, String> spelled = new java.util.HashMap<>();
        for (Annotation a : annotations) {
            for (String t : a.tags()) {
                byTag.computeIfAbsent(t, k -> new java.util.HashSet<>()).add(a.id());
                for (String level = t; !level.isEmpty(); level = TagHierarchy.parent(level)) {
                    spelled.putIfAbsent(level.toLowerCase(Locale.ROOT), level);
                }
            }
        }
        java.util.Map<String, Integer> counts = TagHierarchy.rolledUp(byTag);
        java.util.List<String> keys = new java.util.ArrayList<>(counts.keySet());
        // tree order: compare level by level, so that "claim/x" follows "claim" before "claims"
        keys.sort(Comparator.comparing((String k) -> java.util.List.of(k.split("/")),
                (x, y) -> {
                    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                        int c = x.get(i).compareTo(y.get(i));
                        if (c != 0) {
                            return c;
                        }
                    }
                    return Integer.compare(x.size(), y.size());
                }));
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (String k : keys) {
            int depth = k.split("/").length - 1;
            out.put(k, "\u2003".repeat(depth) + TagHierarchy.leaf(spelled.getOrDefault(k, k)) + " (" + counts.get(k) + ")");
        }
        return out;
    }

    /** Words must all appear in the quote, note or tags; "#name" must be a tag (or its parent). */
    static Predicate<Annotation> predicate(String typed, String colorKey, AnchorStatus wanted,
                                           java.util.function.Function<Annotation, String> colorOf) {
        String[] words = typed == null ? new String[0] : typed.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return a -> {
            if (colorKey != null && !colorKey.isEmpty() && !colorKey.equals(colorOf.apply(a))) {
                return false;
            }
            if (wanted != null && a.status() != wanted) {
                return false;
            }
            String haystack = null; // made only when a word is looked for: no filter typed is the usual case
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                if (w.startsWith("#") && w.length() > 1) {
                    String tag = w.substring(1);
                    boolean has = a.tags().stream().map(t -> t.toLowerCase(Locale.ROOT))
                            .anyMatch(t -> t.equals(tag) || t.startsWith(tag + "/"));
                    if (!has) {
                        return false;
                    }
                } else {
                    if (haystack == null) {
                        haystack = (a.quote().exact() + "\n" + a.note()).toLowerCase(Locale.ROOT);
                    }
                    if (!haystack.contains(w) && a.tags().stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).contains(w))) {
                        return false;
                    }
                }
            }
            return true;
        };
    }
}
