package org.glossa.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.store.Backup;
import org.glossa.core.store.LibraryFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "backups", description = "List the automatic backups of the library, newest first.")
final class BackupsCommand extends LibraryFileCommand {
    @Option(names = "--json", description = "Print JSON: [{file, taken, bytes, beforeUpgradeFromSchema}].")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Backup> backups = LibraryFile.backups(file());
        if (json) {
            out().println(LibraryCommand.JSON.writeValueAsString(backups.stream().map(BackupsCommand::row).toList()));
            return 0;
        }
        if (backups.isEmpty()) {
            err().println("glossa: there are no automatic backups of " + file() + " yet.");
        }
        for (Backup b : backups) {
            out().println(b.taken() + "\t" + b.bytes() + " bytes\t" + b.file()
                    + (b.rolling() ? "" : "\tbefore upgrading from schema " + b.schemaBefore().getAsInt()));
        }
        return 0;
    }

    private static Map<String, Object> row(Backup b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", b.file().toString());
        m.put("taken", b.taken().toString());
        m.put("bytes", b.bytes());
        m.put("beforeUpgradeFromSchema", b.rolling() ? null : b.schemaBefore().getAsInt());
        return m;
    }
}
