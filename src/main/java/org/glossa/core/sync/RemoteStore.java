package org.glossa.core.sync;

import java.util.List;
import java.util.Optional;

/**
 * Where a library syncs to: a WebDAV collection or a folder (Syncthing, Dropbox, a network
 * drive). Paths are relative to the remote's root, folders end with "/". Every call is one
 * request (counted by {@link #requests()}), and a failure is a {@link RemoteException} with one
 * line for the user.
 */
public interface RemoteStore {

    /** A folder and what is directly inside it (the folder itself first); empty when it does not exist. */
    Optional<List<RemoteEntry>> list(String folder);

    /** A file's bytes; empty when it does not exist. */
    Optional<byte[]> get(String path);

    /**
     * Writes a file whole, only if it is still as {@code expected} says (null: only if it does
     * not exist yet); throws {@link RemoteException.Changed} when someone wrote it in between.
     */
    void put(String path, byte[] bytes, RemoteEntry expected);

    /** Makes a folder; nothing happens when it exists. */
    void makeFolder(String folder);

    /** How many requests this store has made. */
    int requests();
}
