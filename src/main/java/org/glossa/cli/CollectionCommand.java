package org.glossa.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.Library;
import org.glossa.core.organize.DocumentCollection;
import org.glossa.model.DocumentInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** One command with an action word, since nested picocli subcommands would not see the global --library. */
@Command(name = "collection", description = {"Manage collections (a document may be in several).",
        "  collection list | create NAME | rename NAME NEW | delete NAME | show NAME",
        "  collection add NAME DOC... | remove NAME DOC..."})
final class CollectionCommand extends LibraryCommand {
    @Parameters(index = "0", paramLabel = "ACTION", description = "list, create, rename, delete, show, add, remove.")
    String action;

    @Parameters(index = "1..*", paramLabel = "ARG", description = "Collection name, then documents or a new name.")
    List<String> args = new ArrayList<>();

    @Option(names = "--json", description = "list: [{id, name, documents}]; show: the documents as 'list --json'.")
    boolean json;

    @Override
    int run(Library lib) throws Exception {
        switch (action) {
            case "list" -> list(lib);
            case "create" -> out().println(lib.collections().create(arg(0, 1)).id());
            case "rename" -> lib.collections().rename(lib.collections().named(arg(0, 2)).id(), args.get(1));
            case "delete" -> lib.collections().delete(lib.collections().named(arg(0, 1)).id());
            case "show" -> show(lib, lib.collections().named(arg(0, 1)));
            case "add" -> {
                long id = lib.collections().named(arg(0, 2)).id();
                int added = lib.collections().add(id, documents(lib));
                out().println(added + " document" + (added == 1 ? "" : "s") + " added");
            }
            case "remove" -> {
                long id = lib.collections().named(arg(0, 2)).id();
                for (long doc : documents(lib)) {
                    lib.collections().remove(id, doc);
                }
            }
            default -> throw new ParameterException(spec.commandLine(), "Unknown action '" + action
                    + "'; use list, create, rename, delete, show, add or remove.");
        }
        return 0;
    }

    /** Argument {@code i}, after checking that at least {@code needed} were given. */
    private String arg(int i, int needed) {
        if (args.size() < needed) {
            throw new ParameterException(spec.commandLine(), "'collection " + action + "' needs "
                    + (needed == 1 ? "a collection name" : "a collection name and " + (action.equals("rename")
                    ? "a new name" : "at least one document")) + ".");
        }
        return args.get(i);
    }

    private List<Long> documents(Library lib) {
        List<Long> ids = new ArrayList<>();
        for (String ref : args.subList(1, args.size())) {
            ids.add(resolveDocument(lib, ref).id());
        }
        return ids;
    }

    private void list(Library lib) throws Exception {
        List<DocumentCollection> all = lib.collections().list();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (DocumentCollection c : all) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", c.id());
                m.put("name", c.name());
                m.put("documents", c.documentCount());
                rows.add(m);
            }
            printJson(rows);
            return;
        }
        all.forEach(c -> out().println(c.id() + "\t" + c.name() + "\t" + c.documentCount() + " document"
                + (c.documentCount() == 1 ? "" : "s")));
    }

    private void show(Library lib, DocumentCollection c) throws Exception {
        List<DocumentInfo> docs = lib.collections().documents(c.id());
        if (json) {
            printJson(docs.stream().map(d -> Map.of("id", d.id(), "title", d.title())).toList());
            return;
        }
        docs.forEach(d -> out().println(d.id() + "\t" + d.title()));
    }
}
