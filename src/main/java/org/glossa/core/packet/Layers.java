package org.glossa.core.packet;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.glossa.core.Library;
import org.glossa.model.Annotation;

/**
 * A document's annotations seen as one layer per author (a teacher's, each student's), and the
 * passages most of them marked. Calls are serialised with the library's own.
 */
public final class Layers {
    private final Library library;

    public Layers(Library library) {
        this.library = library;
    }

    /** The authors who annotated a document, each with their number of annotations (the layers). */
    public List<AuthorLayer> authors(long documentId) {
        return library.exclusively(() -> {
            Map<String, Integer> counts = new TreeMap<>();
            for (Annotation a : library.annotations(documentId)) {
                counts.merge(a.author() == null ? "" : a.author(), 1, Integer::sum);
            }
            return counts.entrySet().stream().map(e -> new AuthorLayer(e.getKey(), e.getValue())).toList();
        });
    }

    /** A document's annotations by one author ("" for annotations without one), in reading order. */
    public List<Annotation> annotationsBy(long documentId, String who) {
        return library.exclusively(() -> {
            String wanted = who == null ? "" : who;
            return library.annotations(documentId).stream()
                    .filter(a -> (a.author() == null ? "" : a.author()).equals(wanted)).toList();
        });
    }

    /**
     * The passages most people marked, most-marked first: stretches highlighted by at least
     * {@code minAuthors} distinct authors, not counting this library's own author (the teacher).
     */
    public List<PassageRanking.MarkedPassage> mostMarkedPassages(long documentId, int minAuthors) {
        return library.exclusively(() -> {
            return PassageRanking.rank(library.load(documentId).text(), library.annotations(documentId),
                    Set.of(library.author()), minAuthors);
        });
    }
}
