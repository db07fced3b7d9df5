package org.glossa.core.organize;

import java.time.Clock;
import java.util.List;
import org.glossa.core.Library;
import org.glossa.core.store.AnnotationSnapshot;
import org.glossa.core.store.Database;
import org.glossa.core.store.Timestamps;

/** Links between annotations ("this supports that"). Calls are serialised with the library's own. */
public final class Links {
    private final Library library;
    private final Database db;
    private final Clock clock;
    private final LinkRepository links = new LinkRepository();

    public Links(Library library, Database db, Clock clock) {
        this.library = library;
        this.db = db;
        this.clock = clock;
    }

    /** Links {@code fromId} to {@code toId} ("from supports to"); re-linking changes the kind. */
    public void link(String fromId, String toId, LinkKind kind) {
        library.exclusively(() -> {
            library.annotation(fromId);
            library.annotation(toId);
            db.inTransaction(c -> {
                links.link(c, fromId, toId, kind, Timestamps.now(clock));
                return null;
            });
        });
    }

    /** Removes the link between two annotations (either direction); false when there was none. */
    public boolean unlink(String annotationId, String otherId) {
        return library.exclusively(() -> {
            return db.inTransaction(c -> links.unlink(c, annotationId, otherId));
        });
    }

    /**
     * Puts the links between two annotations back as a snapshot holds them (direction, kind and
     * date as stored), in one transaction: what undoing or redoing a link or an unlink does. Links
     * of the snapshot between other annotations are left out.
     */
    public void restore(String a, String b, List<AnnotationSnapshot.Link> stored) {
        library.exclusively(() -> {
            library.annotation(a);
            library.annotation(b);
            db.inTransaction(c -> {
                links.unlink(c, a, b);
                for (AnnotationSnapshot.Link l : stored) {
                    if (l.fromId().equals(a) && l.toId().equals(b) || l.fromId().equals(b) && l.toId().equals(a)) {
                        links.put(c, l);
                    }
                }
                return null;
            });
        });
    }

    /** The links of one annotation, both those it makes and those pointing at it. */
    public List<AnnotationLink> of(String annotationId) {
        return library.exclusively(() -> {
            library.annotation(annotationId);
            return db.read(c -> links.of(c, annotationId));
        });
    }
}
