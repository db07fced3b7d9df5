package org.glossa.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.export.webannotation.AnnotationImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import-annotations",
        description = "Import W3C Web Annotations (JSON-LD) and attach them to the documents they target.")
final class ImportAnnotationsCommand extends LibraryCommand {
    @Parameters(paramLabel = "FILE", description = "A W3C AnnotationCollection, AnnotationPage, Annotation or array.")
    Path file;

    @Option(names = "--json", description = "Print JSON: {imported, updated, skipped, conflicts, refused, unmatched, problems}.")
    boolean json;

    @Override
    int run(Library lib) throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new GlossaException("No such file: " + file);
        }
        AnnotationImportReport r = lib.webAnnotations().importFile(file);
        if (json) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("imported", r.imported());
            m.put("updated", r.updated());
            m.put("skipped", r.skipped());
            m.put("conflicts", r.conflicts());
            m.put("refused", r.refused());
            m.put("unmatched", r.unmatched());
            m.put("problems", r.problems());
            printJson(m);
        } else {
            out().println(r.summary());
            r.problems().forEach(out()::println);
        }
        return 0;
    }
}
