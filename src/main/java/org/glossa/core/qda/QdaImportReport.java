package org.glossa.core.qda;

import java.util.List;
import java.util.Locale;

/**
 * What importing a REFI-QDA project did: documents new and already here (matched by their
 * text), codes, selections stored as annotations (new, refreshed from their author's newer copy,
 * or left as they were because they are here already), memos, collections, the authors whose
 * work came in, and one line for each thing that could not be kept.
 */
public record QdaImportReport(
        String project,
        int documentsImported,
        int documentsMatched,
        int sourcesSkipped,
        int codes,
        int selectionsImported,
        int selectionsRefreshed,
        int selectionsKept,
        int selectionsSkipped,
        int memos,
        int collections,
        List<String> authors,
        List<String> notices) {

    public QdaImportReport {
        authors = List.copyOf(authors);
        notices = List.copyOf(notices);
    }

    /** One line for people. */
    public String summary() {
        return String.format(Locale.ROOT, "Imported project \"%s\": %d document(s) new, %d already here, %d source(s)"
                        + " skipped; %d code(s); %d annotation(s) new, %d updated, %d unchanged, %d skipped; %d memo(s);"
                        + " %d collection(s); coders: %s.", project, documentsImported, documentsMatched, sourcesSkipped,
                codes, selectionsImported, selectionsRefreshed, selectionsKept, selectionsSkipped, memos, collections,
                authors.isEmpty() ? "none" : String.join(", ", authors));
    }
}
