package org.glossa.core.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.store.Database;

/**
 * Sync with WebDAV collections and folders: the remotes a library knows, and one sync with one of
 * them ({@link Syncer} says how). Remote bookkeeping is serialised with the library's calls;
 * a sync holds the library only for its local steps, never while it waits for the network.
 */
public final class Sync {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern ENV = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Library library;
    private final Database db;
    private final Clock clock;
    private final SyncRepository repo = new SyncRepository();

    public Sync(Library library, Database db, Clock clock) {
        this.library = library;
        this.db = db;
        this.clock = clock;
    }

    /** Where a password comes from when a remote needs one: the environment, the keyring, a prompt. */
    @FunctionalInterface
    public interface Passwords {
        /** The password for the remote, or empty when there is none to give (the sync is then refused). */
        Optional<String> password(SyncRemote remote);
    }

    /** Passwords from the environment variable each remote names, as scripts give them. */
    public static Passwords fromEnvironment() {
        return r -> r.passwordEnv() == null ? Optional.empty() : Optional.ofNullable(System.getenv(r.passwordEnv()));
    }

    /**
     * Adds a remote: a WebDAV collection (http or https URL) or a folder (a path; made absolute).
     * {@code passwordEnv} names the environment variable that will hold the password.
     */
    public SyncRemote add(String name, String urlOrPath, String user, String passwordEnv) {
        String n = name == null ? "" : name.strip();
        if (!NAME.matcher(n).matches()) {
            throw new GlossaException("A remote's name is letters, digits, '.', '_' or '-' (like 'class' or 'home'),"
                    + " not '" + n + "'.");
        }
        if (passwordEnv != null && !ENV.matcher(passwordEnv).matches()) {
            throw new GlossaException("'" + passwordEnv + "' is not an environment variable name (like GLOSSA_PASSWORD).");
        }
        String url = location(urlOrPath);
        return library.exclusively(() -> db.inTransaction(c -> {
            if (repo.findRemote(c, n).isPresent()) {
                throw new GlossaException("There is already a remote named '" + n + "' (see 'glossa remote list').");
            }
            repo.addRemote(c, n, url, blankToNull(user), blankToNull(passwordEnv));
            return repo.findRemote(c, n).orElseThrow();
        }));
    }

    private static String location(String urlOrPath) {
        String u = urlOrPath == null ? "" : urlOrPath.strip();
        if (u.isEmpty()) {
            throw new GlossaException("Give the remote's WebDAV address (https://...) or a folder path.");
        }
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                URI uri = new URI(u);
                if (uri.getHost() == null || uri.getUserInfo() != null) {
                    throw new GlossaException("Give the WebDAV address without a user or password in it"
                            + " (use --user and --password-env): " + u);
                }
            } catch (java.net.URISyntaxException e) {
                throw new GlossaException("'" + u + "' is not a valid address: " + e.getReason() + ".");
            }
            return u.endsWith("/") ? u : u + "/";
        }
        if (lower.matches("[a-z][a-z0-9+.-]*://.*")) {
            throw new GlossaException("Glossa syncs with WebDAV (http:// or https://) or a folder, not '" + u + "'.");
        }
        return Path.of(u).toAbsolutePath().normalize().toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public List<SyncRemote> remotes() {
        return library.exclusively(() -> db.read(repo::remotes));
    }

    /** The remote named {@code name}, or a user error that lists what there is. */
    public SyncRemote remote(String name) {
        return library.exclusively(() -> db.read(c -> repo.findRemote(c, name == null ? "" : name.strip())))
                .orElseThrow(() -> new GlossaException("No remote named '" + name + "' (see 'glossa remote list')."));
    }

    public void remove(String name) {
        SyncRemote r = remote(name);
        library.exclusively(() -> db.inTransaction(c -> {
            new ClassState().forget(c, r.id());
            return repo.removeRemote(c, r.id());
        }));
    }

    /**
     * Makes a remote a class: from now on it carries only the readings of its packets (the ones
     * published to it here, or received from it) and the annotations and answers on them.
     */
    public SyncRemote makeClass(SyncRemote remote) {
        library.exclusively(() -> db.inTransaction(c -> {
            new ClassState().add(c, remote.id(), null);
            return null;
        }));
        return remote;
    }

    /** Whether a remote is a class (see {@link #makeClass}). */
    public boolean isClass(SyncRemote remote) {
        return library.exclusively(() -> db.read(c -> new ClassState().packets(c, remote.id()))).isPresent();
    }

    /**
     * A student opens a class: the remote is added as a class and synced at once, so the
     * teacher's packets, readings and notes arrive. A remote that cannot be reached is not kept.
     */
    public SyncReport openClass(String name, String urlOrPath, String user, String passwordEnv, Passwords passwords) {
        SyncRemote r = makeClass(add(name, urlOrPath, user, passwordEnv));
        try {
            return sync(remote(r.name()), passwords);
        } catch (RuntimeException e) {
            remove(r.name());
            throw e;
        }
    }

    /**
     * The teacher publishes a packet to a class remote: the remote becomes a class (when it was
     * not one), and a sync writes the packet (title, introduction, readings in order, questions,
     * never the answers), its readings and the teacher's guiding notes on them. Later syncs
     * publish the packet again whenever it changed.
     */
    public SyncReport publish(long packetId, SyncRemote remote, Passwords passwords) {
        org.glossa.core.packet.Packet p = library.packets().get(packetId);
        if (library.packets().received(packetId) || !library.author().equals(p.author())) {
            throw new GlossaException("The packet \"" + p.title() + "\" is " + p.author() + "'s; only "
                    + p.author() + " can publish it.");
        }
        if (p.readings().isEmpty()) {
            throw new GlossaException("The packet \"" + p.title() + "\" has no readings yet; add one first.");
        }
        RemoteStore store = open(remote, passwords);
        library.exclusively(() -> db.inTransaction(c -> {
            new ClassState().add(c, remote.id(), p.uid());
            return null;
        }));
        return sync(remote(remote.name()), store);
    }

    /** How many of the user's annotations are new, changed or deleted since the last sync with the remote. */
    public int pending(SyncRemote remote) {
        return library.exclusively(() -> db.read(c -> {
            ClassState classes = new ClassState();
            var packets = classes.packets(c, remote.id());
            return packets.isEmpty() ? repo.pending(c, remote.id(), library.author())
                    : repo.pending(c, remote.id(), library.author(), classes.readings(c, packets.get()));
        }));
    }

    /** The remote as a store to sync with; a remote that needs a password and has none is refused. */
    public RemoteStore open(SyncRemote remote, Passwords passwords) {
        if (!remote.isWebDav()) {
            return new FolderStore(Path.of(remote.url()));
        }
        String password = null;
        if (remote.user() != null) {
            password = passwords.password(remote).orElseThrow(() -> new GlossaException(remote.passwordEnv() != null
                    ? "Set " + remote.passwordEnv() + " to the password of " + remote.user() + " on remote "
                            + remote.name() + "."
                    : "Remote " + remote.name() + " needs the password of " + remote.user()
                            + "; add it with --password-env VAR, or sync from the window."));
        }
        return new WebDavStore(URI.create(remote.url()), remote.user(), password);
    }

    /** Syncs with one remote: pulls what others and the user's other devices wrote, pushes what changed here. */
    public SyncReport sync(SyncRemote remote, Passwords passwords) {
        return sync(remote, open(remote, passwords));
    }

    /** Syncs with a remote through a given store (a counting one, say). */
    public SyncReport sync(SyncRemote remote, RemoteStore store) {
        return sync(remote, store, line -> { });
    }

    /** The same, telling {@code progress} each file as it is settled ("pushed PATH", "pulled PATH"). */
    public SyncReport sync(SyncRemote remote, RemoteStore store, java.util.function.Consumer<String> progress) {
        return new Syncer(library, db, clock, remote, store, progress).run();
    }
}
