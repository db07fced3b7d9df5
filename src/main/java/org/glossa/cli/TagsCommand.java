package org.glossa.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.Library;
import org.glossa.core.organize.TagMatrix;
import org.glossa.core.store.TagRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "tags", description = "List tags with how many annotations carry each.")
final class TagsCommand extends LibraryCommand {
    @Option(names = "--matrix", description = "Print a tags x documents table of counts (tab-separated).")
    boolean matrix;

    @Option(names = "--json", description = "Print JSON: [{name, color, count}], or with --matrix"
            + " {tags, documents: [{id, title}], counts}.")
    boolean json;

    @Override
    int run(Library lib) throws Exception {
        if (matrix) {
            TagMatrix m = lib.tags().matrix("");
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("tags", m.tags());
                out.put("documents", m.documents());
                out.put("counts", m.counts());
                printJson(out);
                return 0;
            }
            List<String> header = new ArrayList<>(List.of("tag"));
            m.documents().forEach(d -> header.add(d.id() + " " + d.title()));
            out().println(String.join("\t", header));
            for (int i = 0; i < m.tags().size(); i++) {
                StringBuilder line = new StringBuilder(m.tags().get(i));
                for (int count : m.counts().get(i)) {
                    line.append('\t').append(count);
                }
                out().println(line);
            }
            return 0;
        }
        List<TagRepository.TagCount> counts = lib.tags().counts();
        if (json) {
            printJson(counts);
        } else {
            counts.forEach(t -> out().println(t.count() + "\t" + t.name()));
        }
        return 0;
    }
}
