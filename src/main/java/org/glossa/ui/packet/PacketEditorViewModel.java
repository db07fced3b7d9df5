package org.glossa.ui.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.glossa.core.Library;
import org.glossa.core.packet.Packet;
import org.glossa.model.DocumentInfo;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;

/**
 * The class packets window's state: the library's packets, the packet in the editor with its
 * readings in order, the reading whose questions are shown, and the text typed into the title,
 * introduction and questions. Typed text is a draft saved by {@link #flush()} (when typing
 * pauses, when the field loses focus, when another packet or reading is chosen, when the window
 * hides and when Glossa quits); adding, removing and reordering readings are saved at once, each
 * in one transaction. Knows no control.
 */
public final class PacketEditorViewModel {
    /** Where a question's answer starts inside its paragraph, in the questions field. */
    static final String ANSWER = "Answer:";

    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final ObservableList<Packet> packets = FXCollections.observableArrayList();
    private final ObservableList<Packet.Reading> readings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Packet> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Packet.Reading> reading = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyIntegerWrapper reloads = new javafx.beans.property.ReadOnlyIntegerWrapper();
    private String title = "";
    private String introduction = "";
    private String questions = "";
    private boolean textDirty;
    private boolean questionsDirty;

    public PacketEditorViewModel(Library library, Background background, StatusLine status) {
        this.library = library;
        this.background = background;
        this.status = status;
    }

    /** The library's packets, oldest first. */
    public ObservableList<Packet> packets() {
        return packets;
    }

    /** The readings of the packet in the editor, in order. */
    public ObservableList<Packet.Reading> readings() {
        return readings;
    }

    /** The packet in the editor, as last saved; null for none. */
    public ReadOnlyObjectProperty<Packet> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The reading whose questions are in the questions field; null for none. */
    public ReadOnlyObjectProperty<Packet.Reading> readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** A one-line message for the window (what was refused, what was saved). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String title() {
        return title;
    }

    public String introduction() {
        return introduction;
    }

    /** The questions on the chosen reading as they stand in the field: one per paragraph. */
    public String questions() {
        return questions;
    }

    /** Whether typed text waits to be saved. */
    public boolean hasUnsavedText() {
        return textDirty || questionsDirty;
    }

    /**
     * Loads the packets; the one with id {@code select} goes into the editor, else (when the
     * editor is empty) the first one.
     */
    public void refresh(long select) {
        flush();
        background.run(() -> library.packets().list(), list -> {
            packets.setAll(list);
            list.stream().filter(p -> p.id() == select).findFirst()
                    .or(() -> current.get() == null ? list.stream().findFirst() : java.util.Optional.empty())
                    .ifPresent(this::select);
        });
    }

    /**
     * Lists the packets again after a sync brought some in, without touching what is being typed:
     * the packet in the editor stays there and chosen; when it changed meanwhile (a teacher's
     * packet received from a class), its text is shown as it is now, on the same reading, unless
     * text typed here waits to be saved, which is never replaced.
     */
    public void reload() {
        background.run(() -> library.packets().list(), list -> {
            Packet open = current.get();
            packets.setAll(list);
            if (open != null) {
                list.stream().filter(p -> p.id() == open.id() && !p.equals(open)).findFirst()
                        .filter(p -> !hasUnsavedText()).ifPresent(this::showAgain);
            }
            reloads.set(reloads.get() + 1);
        });
    }

    /** How many times {@link #reload} listed the packets again (the window chooses the open one again). */
    public javafx.beans.property.ReadOnlyIntegerProperty reloadsProperty() {
        return reloads.getReadOnlyProperty();
    }

    private void showAgain(Packet p) {
        long keep = reading.get() == null ? -1 : reading.get().documentId();
        title = p.title();
        introduction = p.introduction() == null ? "" : p.introduction();
        readings.setAll(p.readings());
        Packet.Reading r = p.readings().stream().filter(x -> x.documentId() == keep).findFirst()
                .orElse(p.readings().isEmpty() ? null : p.readings().get(0));
        questions = r == null ? "" : formatQuestions(r.questions());
        current.set(p);
        reading.set(r);
    }

    /** Puts {@code packet} into the editor (the draft of the one before is saved first). */
    public void select(Packet packet) {
        if (packet != null && current.get() != null && current.get().id() == packet.id()) {
            return;
        }
        flush();
        show(packet);
    }

    private void show(Packet p) {
        textDirty = false;
        questionsDirty = false;
        title = p == null ? "" : p.title();
        introduction = p == null || p.introduction() == null ? "" : p.introduction();
        readings.setAll(p == null ? List.of() : p.readings());
        current.set(p);
        chooseReading(p == null || p.readings().isEmpty() ? null : p.readings().get(0));
        message.set("");
    }

    /** A new packet, titled so that the teacher can rename it in place, put into the editor. */
    public void create() {
        flush();
        String name = "Untitled packet" + (packets.isEmpty() ? "" : " " + (packets.size() + 1));
        background.run(() -> library.packets().create(name, ""), p -> {
            packets.add(p);
            show(p);
            status.info("Packet \u201c" + p.title() + "\u201d created.");
        });
    }

    /** Deletes the packet in the editor (its documents and annotations stay in the library). */
    public void delete() {
        Packet p = current.get();
        if (p == null) {
            return;
        }
        textDirty = false;
        questionsDirty = false;
        background.run(() -> {
            library.packets().delete(p.id());
            return p;
        }, deleted -> {
            packets.removeIf(x -> x.id() == deleted.id());
            show(null);
            status.info("Packet \u201c" + deleted.title() + "\u201d deleted.");
        });
    }

    /** The title and introduction as typed so far; saved by {@link #flush()}. */
    public void type(String newTitle, String newIntroduction) {
        if (current.get() == null) {
            return;
        }
        String t = newTitle == null ? "" : newTitle;
        String i = newIntroduction == null ? "" : newIntroduction;
        if (t.equals(title) && i.equals(introduction)) {
            return;
        }
        title = t;
        introduction = i;
        textDirty = true;
    }

    /** The questions field as typed so far; saved by {@link #flush()}. */
    public void typeQuestions(String text) {
        if (reading.get() == null) {
            return;
        }
        String q = text == null ? "" : text;
        if (q.equals(questions)) {
            return;
        }
        questions = q;
        questionsDirty = true;
    }

    /** Puts one of the readings' questions into the questions field (the draft before is saved first). */
    public void chooseReading(Packet.Reading r) {
        if (r != null && reading.get() != null && reading.get().documentId() == r.documentId()) {
            return;
        }
        flushQuestions();
        questions = r == null ? "" : formatQuestions(r.questions());
        questionsDirty = false;
        reading.set(r);
    }

    /** Hands the typed text to the library's writer (queued in order: nothing typed is lost on quit). */
    public void flush() {
        flushText();
        flushQuestions();
    }

    private void flushText() {
        Packet p = current.get();
        if (!textDirty || p == null) {
            return;
        }
        textDirty = false;
        String t = title.isBlank() ? p.title() : title;
        if (title.isBlank()) {
            message.set("A packet needs a title: the title stays \u201c" + p.title() + "\u201d until one is typed.");
        }
        String i = introduction;
        save(() -> library.packets().update(p.id(), t, i), "Packet saved.");
    }

    private void flushQuestions() {
        Packet p = current.get();
        Packet.Reading r = reading.get();
        if (!questionsDirty || p == null || r == null) {
            return;
        }
        questionsDirty = false;
        List<Packet.Question> parsed = parseQuestions(questions);
        save(() -> library.packets().setQuestions(p.id(), r.documentId(), parsed), "Questions saved.");
    }

    /** Adds library documents to the end of the readings (those already there stay where they are). */
    public void addReadings(List<Long> documentIds) {
        List<Long> ids = new ArrayList<>(ids());
        documentIds.stream().filter(id -> !ids.contains(id)).forEach(ids::add);
        setReadings(ids, documentIds.size() == 1 ? "Reading added." : "Readings added.");
    }

    /** Removes a reading and its questions from the packet (the document stays in the library). */
    public void removeReading(Packet.Reading r) {
        if (r == null) {
            return;
        }
        List<Long> ids = new ArrayList<>(ids());
        ids.remove(r.documentId());
        if (reading.get() != null && reading.get().documentId() == r.documentId()) {
            questionsDirty = false;
        }
        setReadings(ids, "Reading removed.");
    }

    /** Moves the reading at {@code from} to {@code to} (0-based, clamped). */
    public void moveReading(int from, int to) {
        List<Long> ids = new ArrayList<>(ids());
        if (from < 0 || from >= ids.size()) {
            return;
        }
        int target = Math.max(0, Math.min(to, ids.size() - 1));
        if (target == from) {
            return;
        }
        ids.add(target, ids.remove(from));
        setReadings(ids, "Readings reordered.");
    }

    private List<Long> ids() {
        return readings.stream().map(Packet.Reading::documentId).toList();
    }

    private void setReadings(List<Long> ids, String done) {
        Packet p = current.get();
        if (p == null) {
            return;
        }
        flush();
        // shown at once; the saved packet replaces it when the write is done
        List<Packet.Reading> shown = new ArrayList<>();
        for (long id : ids) {
            readings.stream().filter(r -> r.documentId() == id).findFirst().ifPresent(shown::add);
        }
        if (shown.size() == ids.size()) {
            readings.setAll(shown);
        }
        save(() -> library.packets().setReadings(p.id(), ids), done);
    }

    /** The library's documents not yet in the packet, for the chooser. */
    public void documentsToAdd(Consumer<List<DocumentInfo>> then) {
        List<Long> in = ids();
        background.run(() -> library.documents().stream().filter(d -> !in.contains(d.id())).toList(), then);
    }

    /** Whether {@code d} matches the chooser's filter: every word in its title or author. */
    public static boolean matches(DocumentInfo d, String filter) {
        String hay = (d.title() + " " + (d.author() == null ? "" : d.author())).toLowerCase(Locale.ROOT);
        for (String word : (filter == null ? "" : filter).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !hay.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Flushes first, then runs {@code then} with the packet in the editor once everything queued is saved. */
    public void afterSaves(Consumer<Packet> then) {
        Packet p = current.get();
        if (p == null) {
            return;
        }
        flush();
        background.run(() -> p, then);
    }

    private void save(Callable<Packet> work, String done) {
        background.submit(work, saved -> {
            applied(saved);
            status.info(done);
        }, failure -> {
            Packet p = current.get();
            if (p != null) {
                // what the library holds is shown again
                background.run(() -> library.packets().get(p.id()), this::applied);
            }
            background.report(failure);
        });
    }

    /** Takes in a packet as saved, keeping what is being typed and the chosen reading. */
    private void applied(Packet saved) {
        for (int i = 0; i < packets.size(); i++) {
            if (packets.get(i).id() == saved.id()) {
                packets.set(i, saved);
            }
        }
        Packet p = current.get();
        if (p == null || p.id() != saved.id()) {
            return;
        }
        current.set(saved);
        if (!textDirty) {
            title = saved.title();
            introduction = saved.introduction() == null ? "" : saved.introduction();
        }
        readings.setAll(saved.readings());
        Packet.Reading chosen = reading.get();
        Packet.Reading again = chosen == null ? null : saved.readings().stream()
                .filter(r -> r.documentId() == chosen.documentId()).findFirst().orElse(null);
        if (again == null) {
            questionsDirty = false;
            reading.set(null);
            chooseReading(saved.readings().isEmpty() ? null : saved.readings().get(0));
        } else {
            reading.set(again);
        }
    }

    /**
     * The questions field read as questions: one per paragraph (paragraphs part at blank lines);
     * in a paragraph, a line starting with "Answer:" starts the teacher's answer.
     */
    public static List<Packet.Question> parseQuestions(String text) {
        List<Packet.Question> out = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).strip().split("\\R\\s*\\R")) {
            StringBuilder question = new StringBuilder();
            StringBuilder answer = null;
            for (String line : paragraph.strip().split("\\R")) {
                if (answer == null && line.strip().regionMatches(true, 0, ANSWER, 0, ANSWER.length())) {
                    answer = new StringBuilder(line.strip().substring(ANSWER.length()).strip());
                } else {
                    StringBuilder to = answer == null ? question : answer;
                    to.append(to.length() == 0 ? "" : "\n").append(line.strip());
                }
            }
            if (!question.toString().isBlank()) {
                out.add(new Packet.Question(0, question.toString().strip(),
                        answer == null ? "" : answer.toString().strip()));
            }
        }
        return out;
    }

    /** Questions as the questions field shows them; {@link #parseQuestions} reads it back. */
    public static String formatQuestions(List<Packet.Question> list) {
        StringBuilder sb = new StringBuilder();
        for (Packet.Question q : list) {
            sb.append(sb.length() == 0 ? "" : "\n\n").append(q.text());
            if (q.answer() != null && !q.answer().isBlank()) {
                sb.append('\n').append(ANSWER).append(' ').append(q.answer());
            }
        }
        return sb.toString();
    }
}
