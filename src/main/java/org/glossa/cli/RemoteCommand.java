package org.glossa.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.Library;
import org.glossa.core.sync.SyncRemote;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** One command with an action word, as 'collection' is, so the global --library still applies. */
@Command(name = "remote", description = {"Manage sync remotes: WebDAV collections or folders.",
        "  remote add NAME URL|PATH [--user U] [--password-env VAR] [--class]",
        "  remote list | remove NAME",
        "The password is never stored: VAR names the environment variable that holds it."})
final class RemoteCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ACTION", description = "add, list or remove.")
    String action;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "The remote's name, then its URL or folder.")
    List<String> args = new ArrayList<>();

    @Option(names = "--user", paramLabel = "U", description = "add: the WebDAV user name.")
    String user;

    @Option(names = "--password-env", paramLabel = "VAR", description = "add: the environment variable with the password.")
    String passwordEnv;

    @Option(names = "--class", description = "add: a class remote (a teacher's packets; only their readings"
            + " and the annotations and answers on them travel). 'glossa sync' then opens the class.")
    boolean asClass;

    @Option(names = "--json", description = "list: [{name, url, user, passwordEnv, lastSynced, pending, class}].")
    boolean json;

    @Override
    int run(Library lib) throws Exception {
        switch (action) {
            case "add" -> {
                need(2);
                SyncRemote r = lib.sync().add(args.get(0), args.get(1), user, passwordEnv);
                if (asClass) {
                    lib.sync().makeClass(r);
                }
                out().println(r.name() + "\t" + r.url() + (asClass ? "\tclass" : ""));
            }
            case "list" -> list(lib);
            case "remove" -> {
                need(1);
                lib.sync().remove(args.get(0));
            }
            default -> throw new ParameterException(spec.commandLine(),
                    "Unknown action '" + action + "': use add, list or remove.");
        }
        return 0;
    }

    private void need(int n) {
        if (args.size() != n) {
            throw new ParameterException(spec.commandLine(), "'remote " + action + "' needs " + (n == 1 ? "NAME"
                    : "NAME and a URL or folder") + ".");
        }
    }

    private void list(Library lib) throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SyncRemote r : lib.sync().remotes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("url", r.url());
            m.put("user", r.user());
            m.put("passwordEnv", r.passwordEnv());
            m.put("lastSynced", iso(r.lastSynced()));
            m.put("pending", lib.sync().pending(r));
            m.put("class", lib.sync().isClass(r));
            rows.add(m);
        }
        if (json) {
            printJson(rows);
            return;
        }
        for (Map<String, Object> m : rows) {
            out().println(m.get("name") + "\t" + m.get("url") + "\t"
                    + (m.get("lastSynced") == null ? "never synced" : "synced " + m.get("lastSynced"))
                    + "\t" + m.get("pending") + " pending");
        }
    }
}
