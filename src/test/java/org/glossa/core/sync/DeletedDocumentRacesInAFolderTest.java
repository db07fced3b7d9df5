package org.glossa.core.sync;

/** {@link DeletedDocumentRaces} on a folder remote (Syncthing, Dropbox, a network drive). */
class DeletedDocumentRacesInAFolderTest extends DeletedDocumentRaces {

    @Override
    SyncReport sync(Device d) {
        java.nio.file.Path folder = dir.resolve("shared");
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        SyncRemote r = d.library.sync().remotes().isEmpty() ? d.remote("home", folder.toString(), null, null)
                : d.library.sync().remote("home");
        return d.sync(r, new FolderStore(folder));
    }
}
