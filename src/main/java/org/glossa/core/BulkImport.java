package org.glossa.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.glossa.core.importing.ImportCancelledException;
import org.glossa.core.store.AnnotationRepository;
import org.glossa.core.store.Database;
import org.glossa.model.Annotation;
import org.glossa.model.ImportResult;

/** Many files, or many annotations, at once. Calls are serialised with the library's own. */
public final class BulkImport {
    private final Library library;
    private final Database db;
    private final AnnotationRepository annotations = new AnnotationRepository();

    BulkImport(Library library, Database db) {
        this.library = library;
        this.db = db;
    }

    /**
     * Imports files and folders (recursively, hidden files skipped), each file in its own
     * transaction. A failure is recorded and the next file goes on; {@code cancelled} is asked
     * before each file and between the pages or chapters of one, so a cancel leaves every file
     * before it imported and none after, the one being read included.
     */
    public BatchResult files(List<Path> pathsOrFolders, ImportProgress listener, BooleanSupplier cancelled) {
        ImportProgress progress = listener == null ? ImportProgress.NONE : listener;
        List<Path> files = ImportFiles.expand(pathsOrFolders);
        List<BatchResult.Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            if (cancelled != null && cancelled.getAsBoolean()) {
                return new BatchResult(outcomes, true);
            }
            Path file = files.get(i);
            progress.starting(i + 1, files.size(), file);
            BatchResult.Outcome outcome;
            try {
                int index = i + 1;
                ImportResult r = library.importFile(file,
                        (done, parts) -> progress.reading(index, files.size(), done, parts),
                        cancelled == null ? () -> false : cancelled);
                outcome = new BatchResult.Outcome(file, r.status() == ImportResult.Status.IMPORTED
                        ? BatchResult.Status.IMPORTED : BatchResult.Status.DUPLICATE, r.id(), r.title(), null);
            } catch (ImportCancelledException e) {
                return new BatchResult(outcomes, true); // the file being read when cancelled is not added
            } catch (GlossaException e) {
                outcome = new BatchResult.Outcome(file, BatchResult.Status.FAILED, 0, null, e.getMessage());
            }
            outcomes.add(outcome);
            progress.finished(i + 1, files.size(), outcome);
        }
        return new BatchResult(outcomes, false);
    }

    /**
     * Stores annotations exactly as given, all in one transaction: 10,000 highlights take well
     * under a second this way, where one transaction each would wait for 10,000 syncs (synchronous=FULL).
     */
    public void annotations(List<Annotation> list) {
        library.exclusively(() -> {
            if (list.size() > Limits.MAX_IMPORTED_ANNOTATIONS) {
                throw new GlossaException(Limits.tooManyAnnotations(list.size()));
            }
            list.forEach(a -> Limits.checkedNote(a.note()));
            list.stream().map(Annotation::documentId).distinct().forEach(library::document);
            db.inTransaction(c -> {
                for (Annotation a : list) {
                    annotations.insert(c, a);
                }
                return null;
            });
        });
    }
}
