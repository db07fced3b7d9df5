package org.glossa.core.sync;

/**
 * A file or folder on a remote as a listing shows it. {@code version} changes whenever the
 * content does (a WebDAV ETag without its weak marker, or size and mtime in a folder);
 * {@code weak} says the server would not accept it in If-Match yet (Apache marks an ETag weak
 * for a second after a write), so a conditional write then goes by {@code lastModified} instead.
 */
public record RemoteEntry(String path, boolean folder, String version, boolean weak, String lastModified) {

    /** The last part of the path, without a folder's trailing slash. */
    public String name() {
        String p = folder && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
