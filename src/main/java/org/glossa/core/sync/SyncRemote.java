package org.glossa.core.sync;

import java.time.OffsetDateTime;

/**
 * A place a library syncs with: a WebDAV collection URL or a folder path. {@code passwordEnv} names
 * the environment variable that holds the password (the password itself is never stored);
 * {@code lastSynced} is null before the first sync that completed.
 */
public record SyncRemote(long id, String name, String url, String user, String passwordEnv,
                         OffsetDateTime lastSynced) {

    /** A URL with http or https is WebDAV; anything else is a folder. */
    public boolean isWebDav() {
        String u = url.toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://");
    }
}
