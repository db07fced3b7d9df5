package org.glossa.ui.annotations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.glossa.Fixtures;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.organize.AnnotationLink;
import org.glossa.core.organize.LinkKind;
import org.glossa.model.Annotation;
import org.glossa.ui.SameThreadBackground;
import org.glossa.ui.StatusLine;
import org.glossa.ui.links.LinksViewModel;

/**
 * The model-based proof of "nothing a user did is ever lost": random sequences of what a reader
 * does (highlight, merge, recolour, note typed and left by selecting elsewhere or by quitting,
 * tags, links made and removed in the Links box, delete, undo, redo), what arrives from outside (a hostile or colliding JSON-LD
 * import, another reader's annotations) and quitting and reopening, run through the annotations
 * view model against a real library file. After every step the library must hold exactly what a
 * small in-memory model says: the reader's own annotations, field for field with their
 * timestamps, their links at both ends, the other readers' annotations, and the undo history;
 * the Links box shows the links of the selected annotation as they are.
 */
class NothingLostModelTest {
    private static final String OTHER_READER = "A. Student";
    /** The colour other readers' annotations arrive in; the reader's own never use it. */
    private static final String OTHER_COLOUR = "purple";
    private static final List<String> COLOURS = List.of("yellow", "green", "blue");
    private static final List<String> TAGS = List.of("claim", "claim/economic", "evidence", "question", "méthode");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path folder;
    private static Path template;

    @BeforeContainer
    static void makeTemplate() throws IOException {
        folder = Files.createTempDirectory("glossa-model");
        Path dir = Files.createDirectory(folder.resolve("template"));
        try (Library library = Fixtures.newLibrary(dir)) {
            template = library.file();
        }
    }

    @AfterContainer
    static void removeFiles() throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Property(tries = 1000, shrinking = ShrinkingMode.BOUNDED)
    void whatTheModelSaysMustHoldIsNeverLostOrChanged(@ForAll("sessions") ActionChain<World> chain) {
        World end = chain.withInvariant("the library holds what the model says", World::check).run();
        end.close();
    }

    @Provide
    Arbitrary<ActionChain<World>> sessions() {
        return ActionChain.startWith(World::new)
                .withAction(5, highlight())
                .withAction(2, recolour())
                .withAction(2, note())
                .withAction(2, typeNote())
                .withAction(2, tags())
                .withAction(2, link())
                .withAction(1, unlink())
                .withAction(2, delete())
                .withAction(3, (Action.Independent<World>) () -> Arbitraries.just(
                        Transformer.mutate("undo", World::undo)))
                .withAction(2, (Action.Independent<World>) () -> Arbitraries.just(
                        Transformer.mutate("redo", World::redo)))
                .withAction(1, hostileImport())
                .withAction(1, othersImport())
                .withAction(1, (Action.Independent<World>) () -> Arbitraries.just(
                        Transformer.mutate("quit and reopen", World::reopen)))
                .withMaxTransformations(18);
    }

    private static Arbitrary<Integer> pick() {
        return Arbitraries.integers().between(0, 1000);
    }

    private static Action.Independent<World> highlight() {
        return () -> Combinators.combine(Arbitraries.integers().between(0, 2400),
                        Arbitraries.integers().between(1, 60), Arbitraries.of(COLOURS))
                .as((start, length, colour) -> Transformer.mutate(
                        "highlight " + start + "+" + length + " " + colour, w -> w.highlight(start, length, colour)));
    }

    private static Action.Independent<World> recolour() {
        return () -> Combinators.combine(pick(), Arbitraries.of(COLOURS))
                .as((i, colour) -> Transformer.mutate("recolour #" + i + " " + colour, w -> w.recolour(i, colour)));
    }

    private static Action.Independent<World> note() {
        return () -> Combinators.combine(pick(), notes())
                .as((i, text) -> Transformer.mutate("note #" + i + " '" + text + "'", w -> w.note(i, text)));
    }

    private static Action.Independent<World> typeNote() {
        return () -> Combinators.combine(pick(), notes(), Arbitraries.of(Leave.values()))
                .as((i, text, leave) -> Transformer.mutate("type note #" + i + " '" + text + "' then " + leave,
                        w -> w.typeNote(i, text, leave)));
    }

    private static Arbitrary<String> notes() {
        return Arbitraries.of("", "why it matters", "see **p. 3**", "Кремль", "  spaced  ", "a\nb");
    }

    private static Action.Independent<World> tags() {
        return () -> Combinators.combine(pick(), Arbitraries.of(TAGS).list().ofMaxSize(3))
                .as((i, names) -> Transformer.mutate("tags #" + i + " " + names, w -> w.tags(i, names)));
    }

    private static Action.Independent<World> link() {
        return () -> Combinators.combine(pick(), pick(), Arbitraries.of(LinkKind.values()))
                .as((i, j, kind) -> Transformer.mutate("link #" + i + " #" + j + " " + kind, w -> w.link(i, j, kind)));
    }

    private static Action.Independent<World> unlink() {
        return () -> pick().map(i -> Transformer.mutate("unlink #" + i, w -> w.unlink(i)));
    }

    private static Action.Independent<World> delete() {
        return () -> pick().map(i -> Transformer.mutate("delete #" + i, w -> w.delete(i)));
    }

    private static Action.Independent<World> hostileImport() {
        return () -> Combinators.combine(pick(), Arbitraries.of(Hostile.values()))
                .as((i, how) -> Transformer.mutate("import " + how + " over #" + i, w -> w.hostileImport(i, how)));
    }

    private static Action.Independent<World> othersImport() {
        return () -> pick().map(i -> Transformer.mutate("import another reader's copy of #" + i,
                w -> w.othersImport(i)));
    }

    /** How a typed note is left: by selecting another annotation, or by quitting at once. */
    enum Leave { SELECT_ANOTHER, QUIT }

    /** JSON-LD that must never change one of the reader's annotations. */
    enum Hostile {
        /** The annotation's id as a JSON array. */
        ID_AS_ARRAY,
        /** The same id, signed by someone else, dated later, with another note and span. */
        NEWER_COPY_BY_SOMEONE_ELSE,
        /** The same id without a modified date, with another note. */
        UNDATED_COPY
    }

    record Link(String from, String to, LinkKind kind) {
        boolean touches(String id) {
            return from.equals(id) || to.equals(id);
        }
    }

    /** What the model says a set of annotations and their links was. */
    record Snap(Map<String, Annotation> annotations, Set<Link> links) {
        static final Snap EMPTY = new Snap(Map.of(), Set.of());
    }

    /** One undoable change; {@code linkLabel} is set ("link", "unlink") when it changed only the links of a pair. */
    record Step(Snap before, Snap after, String linkLabel, Set<String> pair) {
        Step(Snap before, Snap after) {
            this(before, after, null, Set.of());
        }
    }

    /** The system (a library file, its view model) beside the model of what it must hold. */
    static final class World {
        private final Path file;
        private final SameThreadBackground background = new SameThreadBackground();
        private final StatusLine status = new StatusLine();
        private Library library;
        private AnnotationsViewModel view;
        private LinksViewModel linksBox;
        private final long doc;
        private final String text;
        private final String me;

        // the model
        private final Map<String, Annotation> mine = new LinkedHashMap<>();
        private final Set<String> others = new HashSet<>();
        private final Set<Link> links = new HashSet<>();
        private final Deque<Step> undo = new ArrayDeque<>();
        private final Deque<Step> redo = new ArrayDeque<>();

        World() {
            try {
                Path dir = Files.createTempDirectory(folder, "try");
                file = dir.resolve("library.sqlite");
                Files.copy(template, file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            library = Fixtures.open(file);
            doc = Fixtures.sampleId(library);
            text = library.load(doc).text();
            me = library.author();
            openView();
        }

        private void openView() {
            view = new AnnotationsViewModel(library, background, status);
            view.show(doc, text, library.annotations(doc));
            linksBox = new LinksViewModel(library, background, status, view::changeLinks);
            // wired as the window wires the sidebar's Links box
            view.selectedProperty().addListener((obs, old, a) -> linksBox.show(a == null ? null : a.id()));
            view.replaysProperty().addListener((obs, old, now) -> linksBox.show(linksBox.annotationId()));
        }

        void close() {
            library.close();
        }

        @Override
        public String toString() {
            return mine.size() + " of mine, " + others.size() + " of others, " + links.size() + " links";
        }

        // ---- what a reader does ---------------------------------------------------------

        void highlight(int at, int length, String colour) {
            int start = Math.min(at, text.length() - 1);
            int end = Math.min(text.length(), start + length);
            if (text.substring(start, end).isBlank()) {
                return;
            }
            List<Annotation> same = mine.values().stream()
                    .filter(a -> a.color().equals(colour) && a.start() <= end && a.end() >= start)
                    .toList();
            if (same.isEmpty()) {
                view.highlight(start, end, colour, () -> { });
                Annotation made = library.annotation(view.selected().id());
                assertThat(List.of(made.start(), made.end())).isEqualTo(List.of(start, end));
                assertThat(made.color()).isEqualTo(colour);
                assertThat(made.note()).isEmpty();
                assertThat(made.tags()).isEmpty();
                assertThat(made.author()).isEqualTo(me);
                mine.put(made.id(), made);
                record(Snap.EMPTY, snap(Set.of(made.id())));
                return;
            }
            Set<String> ids = same.stream().map(Annotation::id).collect(Collectors.toSet());
            Snap before = snap(ids);
            view.highlight(start, end, colour, () -> { });
            Annotation grown = library.annotation(view.selected().id());
            assertThat(ids).contains(grown.id());
            int from = Math.min(start, same.stream().mapToInt(Annotation::start).min().orElseThrow());
            int to = Math.max(end, same.stream().mapToInt(Annotation::end).max().orElseThrow());
            assertThat(List.of(grown.start(), grown.end())).isEqualTo(List.of(from, to));
            assertThat(new TreeSet<>(grown.tags())).isEqualTo(
                    same.stream().flatMap(a -> a.tags().stream()).collect(Collectors.toCollection(TreeSet::new)));
            same.stream().filter(a -> !a.note().isBlank())
                    .forEach(a -> assertThat(grown.note()).contains(a.note()));
            for (String id : ids) {
                mine.remove(id);
                if (!id.equals(grown.id())) {
                    links.removeIf(l -> l.touches(id)); // an absorbed highlight's links go with it
                }
            }
            mine.put(grown.id(), grown);
            record(before, snap(Set.of(grown.id())));
        }

        void recolour(int i, String colour) {
            Annotation a = pickMine(i);
            if (a == null || a.color().equals(colour)) {
                return;
            }
            Snap before = snap(Set.of(a.id()));
            view.setColor(shown(a.id()), colour);
            Annotation now = library.annotation(a.id());
            assertThat(now.color()).isEqualTo(colour);
            assertSameApartFrom(a, now);
            mine.put(a.id(), now);
            record(before, snap(Set.of(a.id())));
        }

        void note(int i, String note) {
            Annotation a = pickMine(i);
            if (a == null || a.note().equals(note.strip())) {
                return;
            }
            Snap before = snap(Set.of(a.id()));
            view.setNote(shown(a.id()), note);
            noted(a, note, before);
        }

        /** A note typed in the sidebar is a draft until the reader leaves it. */
        void typeNote(int i, String note, Leave leave) {
            Annotation a = pickMine(i);
            if (a == null) {
                return;
            }
            Snap before = snap(Set.of(a.id()));
            view.selectedProperty().set(shown(a.id()));
            view.editNote(note);
            boolean changes = !a.note().equals(note.strip());
            if (leave == Leave.SELECT_ANOTHER) {
                view.selectedProperty().set(null);
                if (changes) {
                    noted(a, note, before);
                }
                return;
            }
            quit();
            reopenView();
            Annotation now = library.annotation(a.id());
            assertThat(now.note()).as("the note typed just before quitting").isEqualTo(note.strip());
            mine.put(a.id(), now);
        }

        private void noted(Annotation a, String note, Snap before) {
            Annotation now = library.annotation(a.id());
            assertThat(now.note()).isEqualTo(note.strip());
            assertSameApartFrom(a, now);
            mine.put(a.id(), now);
            record(before, snap(Set.of(a.id())));
        }

        void tags(int i, List<String> names) {
            Annotation a = pickMine(i);
            if (a == null) {
                return;
            }
            Snap before = snap(Set.of(a.id()));
            view.setTags(shown(a.id()), names);
            Annotation now = library.annotation(a.id());
            assertThat(new TreeSet<>(now.tags())).isEqualTo(new TreeSet<>(names));
            assertSameApartFrom(a, now);
            mine.put(a.id(), now);
            record(before, snap(Set.of(a.id())));
        }

        void link(int i, int j, LinkKind kind) {
            Annotation a = pickMine(i);
            Annotation b = pickMine(j);
            if (a == null || b == null || a.id().equals(b.id())) {
                return;
            }
            Set<String> pair = Set.of(a.id(), b.id());
            Snap before = snap(pair);
            view.selectedProperty().set(shown(a.id()));
            linksBox.link(b.id(), kind);
            // linking again in the same direction changes the kind; the other direction is a link of its own
            links.removeIf(l -> l.from().equals(a.id()) && l.to().equals(b.id()));
            links.add(new Link(a.id(), b.id(), kind));
            recordLinks("link", pair, before);
        }

        void unlink(int i) {
            if (links.isEmpty()) {
                return;
            }
            Link l = links.stream().sorted(Comparator.comparing(Link::from).thenComparing(Link::to))
                    .toList().get(i % links.size());
            view.selectedProperty().set(shown(l.from()));
            AnnotationLink row = linksBox.links().stream().filter(r -> r.otherId().equals(l.to())).findFirst()
                    .orElseThrow(() -> new AssertionError("the Links box does not show " + l));
            Set<String> pair = Set.of(l.from(), l.to());
            Snap before = snap(pair);
            linksBox.unlink(row);
            links.removeIf(k -> k.touches(l.from()) && k.touches(l.to())); // either direction
            recordLinks("unlink", pair, before);
        }

        private void recordLinks(String label, Set<String> pair, Snap before) {
            undo.push(new Step(before, snap(pair), label, pair));
            redo.clear();
        }

        void delete(int i) {
            Annotation a = pickMine(i);
            if (a == null) {
                return;
            }
            Snap before = snap(Set.of(a.id()));
            view.selectedProperty().set(shown(a.id()));
            view.delete(shown(a.id()));
            assertThat(view.selected()).as("nothing is left armed for a second Delete").isNull();
            mine.remove(a.id());
            links.removeIf(l -> l.touches(a.id()));
            record(before, Snap.EMPTY);
        }

        void undo() {
            view.undo();
            Step s = undo.poll();
            if (s != null) {
                replace(s, s.after().annotations().keySet(), s.before());
                redo.push(s);
                if (s.linkLabel() != null) {
                    assertThat(status.messageProperty().get()).isEqualTo("Undid " + s.linkLabel() + ".");
                }
            }
        }

        void redo() {
            view.redo();
            Step s = redo.poll();
            if (s != null) {
                replace(s, s.before().annotations().keySet(), s.after());
                undo.push(s);
                if (s.linkLabel() != null) {
                    assertThat(status.messageProperty().get()).isEqualTo("Redid " + s.linkLabel() + ".");
                }
            }
        }

        void reopen() {
            quit();
            reopenView();
        }

        private void quit() {
            view.flushEdits();
            library.close();
        }

        private void reopenView() {
            library = Fixtures.open(file);
            openView();
            undo.clear(); // the undo history is the window's, not the file's
            redo.clear();
        }

        // ---- what arrives from outside --------------------------------------------------

        void hostileImport(int i, Hostile how) {
            Annotation a = pickMine(i);
            if (a == null) {
                return;
            }
            ObjectNode item = exported(a);
            ((ObjectNode) item.withArray("body").get(0)).put("value", "rewritten");
            switch (how) {
                case ID_AS_ARRAY -> {
                    String id = item.path("id").asText();
                    item.putArray("id").add(id).add("urn:uuid:" + UUID.randomUUID());
                }
                case NEWER_COPY_BY_SOMEONE_ELSE -> {
                    item.putObject("creator").put("type", "Person").put("name", OTHER_READER);
                    item.put("modified", "2099-01-01T00:00:00Z");
                    ((ObjectNode) item.path("target")).put("styleClass", OTHER_COLOUR);
                }
                case UNDATED_COPY -> item.remove("modified");
            }
            try {
                library.webAnnotations().importJson(item.toString());
            } catch (GlossaException refused) {
                // refusing the whole file is as good as refusing the item
            }
            view.reload();
        }

        void othersImport(int i) {
            Annotation a = pickMine(i);
            if (a == null) {
                return;
            }
            ObjectNode item = exported(a);
            String id = UUID.randomUUID().toString();
            item.put("id", "urn:uuid:" + id);
            item.putObject("creator").put("type", "Person").put("name", OTHER_READER);
            ((ObjectNode) item.path("target")).put("styleClass", OTHER_COLOUR);
            var report = library.webAnnotations().importJson(item.toString());
            assertThat(report.imported()).as(report.problems().toString()).isEqualTo(1);
            others.add(id);
            view.reload();
        }

        private ObjectNode exported(Annotation a) {
            try {
                JsonNode node = JSON.readTree(library.webAnnotations().export(a.id()));
                ObjectNode item = (ObjectNode) node;
                if (!item.has("body") || !item.get("body").isArray() || item.get("body").isEmpty()) {
                    item.putArray("body").addObject().put("type", "TextualBody").put("purpose", "commenting")
                            .put("value", "");
                }
                return item;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        // ---- the model's own bookkeeping ------------------------------------------------

        private Annotation pickMine(int i) {
            if (mine.isEmpty()) {
                return null;
            }
            List<String> ids = new ArrayList<>(new TreeSet<>(mine.keySet()));
            return mine.get(ids.get(i % ids.size()));
        }

        private Annotation shown(String id) {
            return view.annotations().stream().filter(a -> a.id().equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("the window does not show " + id));
        }

        private Snap snap(Set<String> ids) {
            Map<String, Annotation> as = new HashMap<>();
            ids.forEach(id -> as.put(id, mine.get(id)));
            Set<Link> ls = links.stream().filter(l -> ids.stream().anyMatch(l::touches)).collect(Collectors.toSet());
            return new Snap(as, ls);
        }

        private void record(Snap before, Snap after) {
            undo.push(new Step(before, after));
            redo.clear();
        }

        /**
         * What undo and redo do. A change of links puts back the links between its two annotations
         * as the snapshot holds them. Otherwise these annotations give way to the snapshot. One that stays is
         * changed in place, so its links are as the reader left them since; one that comes back
         * brings back its links (unless its two ends are linked already).
         */
        private void replace(Step s, Set<String> remove, Snap with) {
            if (s.linkLabel() != null) {
                links.removeIf(l -> s.pair().contains(l.from()) && s.pair().contains(l.to()));
                with.links().stream().filter(l -> s.pair().contains(l.from()) && s.pair().contains(l.to()))
                        .forEach(links::add);
                return;
            }
            Set<String> back = with.annotations().keySet().stream().filter(id -> !mine.containsKey(id))
                    .collect(Collectors.toSet());
            for (String id : remove) {
                if (!with.annotations().containsKey(id)) {
                    mine.remove(id);
                    links.removeIf(l -> l.touches(id));
                }
            }
            mine.putAll(with.annotations());
            with.links().stream()
                    .filter(l -> back.contains(l.from()) || back.contains(l.to()))
                    .filter(l -> exists(l.from()) && exists(l.to()))
                    .filter(l -> links.stream().noneMatch(k -> k.from().equals(l.from()) && k.to().equals(l.to())))
                    .forEach(links::add);
        }

        private boolean exists(String id) {
            return mine.containsKey(id) || others.contains(id);
        }

        private void assertSameApartFrom(Annotation was, Annotation now) {
            assertThat(List.of(now.start(), now.end(), now.author(), now.created()))
                    .isEqualTo(List.of(was.start(), was.end(), was.author(), was.created()));
        }

        // ---- the invariant --------------------------------------------------------------

        void check() {
            List<Annotation> stored = library.annotations(doc);
            Map<String, Annotation> storedMine = stored.stream().filter(a -> a.author().equals(me))
                    .collect(Collectors.toMap(Annotation::id, a -> a));
            assertThat(storedMine).as("the reader's own annotations, exactly").isEqualTo(mine);
            assertThat(stored.stream().filter(a -> !a.author().equals(me)).map(Annotation::id)
                    .collect(Collectors.toSet())).as("other readers' annotations").isEqualTo(others);
            Set<Link> storedLinks = new HashSet<>();
            for (String id : mine.keySet()) {
                for (AnnotationLink l : library.links().of(id)) {
                    storedLinks.add(l.outgoing() ? new Link(id, l.otherId(), l.kind())
                            : new Link(l.otherId(), id, l.kind()));
                }
            }
            assertThat(storedLinks).as("links at both ends").isEqualTo(links);
            String boxed = linksBox.annotationId();
            if (boxed != null && mine.containsKey(boxed)) {
                assertThat(linksBox.links().stream().map(l -> l.outgoing() ? new Link(boxed, l.otherId(), l.kind())
                        : new Link(l.otherId(), boxed, l.kind())).collect(Collectors.toSet()))
                        .as("the Links box of the selected annotation")
                        .isEqualTo(links.stream().filter(l -> l.touches(boxed)).collect(Collectors.toSet()));
            }
            assertThat(view.annotations().stream().map(Annotation::id).collect(Collectors.toSet()))
                    .as("what the window shows").isEqualTo(stored.stream().map(Annotation::id)
                            .collect(Collectors.toSet()));
            assertThat(view.canUndoProperty().get()).as("something to undo").isEqualTo(!undo.isEmpty());
            assertThat(view.canRedoProperty().get()).as("something to redo").isEqualTo(!redo.isEmpty());
            assertThat(background.reported()).as("failures").isEmpty();
            assertThat(status.errorProperty().get()).as("an error in the status line: "
                    + status.messageProperty().get()).isFalse();
        }
    }
}
