package org.glossa.ui.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.MenuItem;
import javafx.stage.Window;
import org.glossa.core.Library;
import org.glossa.core.packet.Packet;
import org.glossa.core.sync.SyncRemote;
import org.glossa.core.sync.SyncReport;
import org.glossa.ui.Background;
import org.glossa.ui.StatusLine;

/**
 * The window's class and remote commands: File › Open class… (a student joins a teacher's class
 * remote), File › Sync remotes… (add and remove remotes), and "Publish to class…" from the class
 * packets window. Syncs run with the long jobs, never on the FX thread.
 */
public final class ClassActions {
    static final String NEW_REMOTE = "New remote\u2026";

    private final Window owner;
    private final Library library;
    private final Background background;
    private final StatusLine status;
    private final SyncViewModel sync;

    public ClassActions(Window owner, Library library, Background background, StatusLine status, SyncViewModel sync) {
        this.owner = owner;
        this.library = library;
        this.background = background;
        this.status = status;
        this.sync = sync;
    }

    /** File menu items: Open class…, Sync remotes…. */
    public List<MenuItem> menuItems() {
        MenuItem open = new MenuItem("Open _class\u2026");
        open.setId("menu-open-class");
        open.setOnAction(e -> openClass());
        MenuItem remotes = new MenuItem("S_ync remotes\u2026");
        remotes.setId("menu-sync-remotes");
        remotes.setOnAction(e -> new RemotesDialog(library, background, sync).show(owner));
        return List.of(open, remotes);
    }

    /**
     * A student opens a class: the teacher's class remote (a WebDAV address or a folder) is added
     * and synced at once; the packets, their readings and the teacher's notes arrive, and from
     * then on the student's annotations and answers go back as their layer.
     */
    public void openClass() {
        RemoteForm.ask(owner, "Open class", "Your teacher's class folder: a WebDAV address (with your user and"
                + " password) or a shared folder", "class").ifPresent(in -> {
            status.info("Opening the class " + in.name() + "\u2026");
            background.longJobs().submit(() -> {
                SyncReport r = library.sync().openClass(in.name(), in.address(), in.user(), null,
                        remote -> in.password().isEmpty() ? sync.passwords().password(remote) : Optional.of(in.password()));
                sync.remember(in.name(), in.password());
                return r;
            }, r -> {
                sync.afterPulled();
                sync.refresh();
                status.info("Class " + r.remote() + " opened: " + r.documentsPulled() + " reading(s), " + r.pulled()
                        + " item(s) from your teacher; see Library \u203a Class packets\u2026");
            }, failure -> status.error("Could not open the class: " + SyncViewModel.oneLine(failure)));
        });
    }

    /** The teacher publishes a packet: to a remote chosen from the library's (or a new one). */
    public void publish(Packet packet) {
        background.run(() -> library.sync().remotes(), remotes -> {
            List<String> names = new ArrayList<>(remotes.stream().map(SyncRemote::name).toList());
            names.add(NEW_REMOTE);
            ChoiceDialog<String> choose = new ChoiceDialog<>(names.get(0), names);
            choose.initOwner(owner);
            choose.setTitle("Publish to class");
            choose.setHeaderText("Publish \u201c" + packet.title() + "\u201d (readings, your notes on them and the"
                    + " questions, not your answers) to:");
            choose.showAndWait().ifPresent(name -> {
                if (NEW_REMOTE.equals(name)) {
                    RemoteForm.ask(owner, "Publish to class", "The class folder: a WebDAV address or a shared folder",
                            "class").ifPresent(in -> publish(packet, in.name(), in));
                } else {
                    publish(packet, name, null);
                }
            });
        });
    }

    private void publish(Packet packet, String remoteName, RemoteForm.Input added) {
        status.info("Publishing \u201c" + packet.title() + "\u201d to " + remoteName + "\u2026");
        background.longJobs().submit(() -> {
            if (added != null) {
                library.sync().add(added.name(), added.address(), added.user(), null);
                sync.remember(added.name(), added.password());
            }
            return library.sync().publish(packet.id(), library.sync().remote(remoteName), sync.passwords());
        }, r -> {
            sync.refresh();
            status.info("Published \u201c" + packet.title() + "\u201d to " + r.remote() + ": " + r.summary());
        }, failure -> status.error("Could not publish: " + SyncViewModel.oneLine(failure)));
    }
}
