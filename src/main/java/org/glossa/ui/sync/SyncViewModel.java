package org.glossa.ui.sync;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.glossa.core.Library;
import org.glossa.core.sync.Keyring;
import org.glossa.core.sync.Sync;
import org.glossa.core.sync.SyncRemote;
import org.glossa.core.sync.SyncReport;
import org.glossa.ui.Background;

/**
 * Sync in the window: runs in the background (never on the FX thread, never in the way of a
 * save), and says in one line when the library last synced, what is pending, or why it could not.
 * A password comes from the remote's environment variable, else the keyring, else the user is
 * asked once and it is kept in memory (and in the keyring where there is one), never on disk.
 */
public final class SyncViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Library library;
    private final Background background;
    private final Runnable afterPull;
    private final Function<SyncRemote, Optional<String>> askPassword;
    private final Map<String, String> passwords = new HashMap<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private String lastProblem;
    private final List<Runnable> pulledListeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** {@code askPassword} runs on the FX thread; {@code afterPull} too, when a sync brought something in. */
    public SyncViewModel(Library library, Background background, Runnable afterPull,
                         Function<SyncRemote, Optional<String>> askPassword) {
        this.library = library;
        this.background = background;
        this.afterPull = afterPull;
        this.askPassword = askPassword;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the library has a remote at all (the bar shows only then). */
    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private record State(List<SyncRemote> remotes, int pending) {
    }

    /** Reads the remotes and pending changes again (in the background) and updates the line. */
    public void refresh() {
        background.longJobs().submit(this::state, this::show, failure -> { });
    }

    private State state() {
        List<SyncRemote> remotes = library.sync().remotes();
        int pending = remotes.stream().mapToInt(r -> library.sync().pending(r)).max().orElse(0);
        return new State(remotes, pending);
    }

    private void show(State s) {
        available.set(!s.remotes().isEmpty());
        if (s.remotes().isEmpty() || busy.get()) {
            return;
        }
        var last = s.remotes().stream().map(SyncRemote::lastSynced).filter(java.util.Objects::nonNull)
                .min(java.util.Comparator.naturalOrder());
        String when = last.map(t -> "synced " + t.atZoneSameInstant(ZoneId.systemDefault()).format(TIME))
                .orElse("not synced yet");
        status.set((lastProblem != null ? lastProblem : "Sync: " + when) + " \u00b7 " + s.pending()
                + (s.pending() == 1 ? " change" : " changes") + " pending");
    }

    /** Syncs with every remote in the background; a second press while one runs does nothing. */
    public void syncNow() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        status.set("Syncing\u2026");
        background.longJobs().submit(this::syncAll, pulled -> {
            busy.set(false);
            if (pulled > 0) {
                afterPulled();
            }
            refresh();
        }, failure -> {
            busy.set(false);
            lastProblem = "Sync: " + oneLine(failure);
            refresh();
        });
    }

    private int syncAll() {
        int pulled = 0;
        lastProblem = null;
        for (SyncRemote r : library.sync().remotes()) {
            SyncReport report = library.sync().sync(r, library.sync().open(r, this::password));
            pulled += report.pulled() + report.documentsPulled();
            if (report.conflicts() > 0) {
                lastProblem = "Sync: " + report.conflicts() + " conflict(s) kept as copies tagged sync-conflict";
            }
        }
        return pulled;
    }

    /** Runs {@code then} on the FX thread after every sync that brought something in (views that show it refresh). */
    public void onPulled(Runnable then) {
        pulledListeners.add(then);
    }

    /** What a sync that brought something in does to the window (on the FX thread). */
    public void afterPulled() {
        afterPull.run();
        pulledListeners.forEach(Runnable::run);
    }

    /** Passwords as the window gives them: environment, memory, keyring, then the user. */
    public Sync.Passwords passwords() {
        return this::password;
    }

    /** Keeps a password the user typed for a remote: in memory, and in the keyring where there is one. */
    public void remember(String remoteName, String password) {
        if (password == null || password.isEmpty()) {
            return;
        }
        passwords.put(remoteName, password);
        library.exclusively(() -> library.sync().remotes()).stream().filter(r -> r.name().equals(remoteName))
                .findFirst().ifPresent(r -> Keyring.find().ifPresent(k -> k.store(r, password)));
    }

    /** Environment, memory, keyring, then the user (on the FX thread, this thread waiting). */
    private Optional<String> password(SyncRemote r) {
        Optional<String> env = Sync.fromEnvironment().password(r);
        if (env.isPresent()) {
            return env;
        }
        String known = passwords.get(r.name());
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Keyring> keyring = Keyring.find();
        Optional<String> kept = keyring.flatMap(k -> k.lookup(r));
        if (kept.isPresent()) {
            passwords.put(r.name(), kept.get());
            return kept;
        }
        CompletableFuture<Optional<String>> asked = new CompletableFuture<>();
        background.onFx(() -> asked.complete(askPassword.apply(r)));
        Optional<String> given = asked.join();
        given.ifPresent(p -> {
            passwords.put(r.name(), p);
            keyring.ifPresent(k -> k.store(r, p));
        });
        return given;
    }

    static String oneLine(Throwable t) {
        Throwable cause = t instanceof java.util.concurrent.CompletionException && t.getCause() != null ? t.getCause() : t;
        String m = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
