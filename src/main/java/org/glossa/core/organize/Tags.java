package org.glossa.core.organize;

import java.util.List;
import org.glossa.core.ColorNames;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.TagNames;
import org.glossa.core.search.AnnotationSelection;
import org.glossa.core.search.QueryParser;
import org.glossa.core.search.SearchQuery;
import org.glossa.core.store.Database;
import org.glossa.core.store.TagRepository;

/**
 * The library's tags as a whole: how often each is used, renaming (and so merging), colours,
 * removal, and the tags-by-documents overview. Calls are serialised with the library's own.
 */
public final class Tags {
    private final Library library;
    private final Database db;
    private final TagRepository tags = new TagRepository();
    private final TagMatrixQuery matrixQuery = new TagMatrixQuery();

    public Tags(Library library, Database db) {
        this.library = library;
        this.db = db;
    }

    /** Every tag with its colour and the number of annotations carrying it, by name. */
    public List<TagRepository.TagCount> counts() {
        return library.exclusively(() -> {
            return db.read(tags::counts);
        });
    }

    /** Renames a tag; renaming onto an existing tag merges the two. Children move along. */
    public void rename(String oldName, String newName) {
        library.exclusively(() -> {
            String from = TagNames.normalize(oldName);
            String to = TagNames.normalize(newName);
            if (to.isEmpty()) {
                throw new GlossaException("A tag needs a name.");
            }
            db.inTransaction(c -> {
                tags.rename(c, from, to);
                return null;
            });
        });
    }

    /**
     * For every tag and every level above one (keyed in lower case), the number of annotations
     * carrying it or a tag under it, each annotation counted once.
     */
    public java.util.Map<String, Integer> rolledUpCounts() {
        return library.exclusively(() -> TagHierarchy.rolledUp(db.read(tags::annotationsByTag)));
    }

    /**
     * Moves a tag, with every tag under it, under {@code newParent} (blank: to the top level), in
     * one transaction: {@code claim/economic} onto {@code evidence} becomes {@code evidence/economic}.
     * A clash with an existing tag is refused and nothing moves. Returns the tag's new name.
     */
    public String reparent(String tag, String newParent) {
        return library.exclusively(() -> {
            String from = TagNames.normalize(tag);
            String parent = TagNames.normalize(newParent);
            if (from.isEmpty()) {
                throw new GlossaException("Choose a tag to move.");
            }
            if (!parent.isEmpty() && TagHierarchy.isWithin(parent, from)) {
                throw new GlossaException("Cannot move '" + from + "' under itself.");
            }
            String to = TagNames.normalize(parent.isEmpty() ? TagHierarchy.leaf(from) : parent + "/" + TagHierarchy.leaf(from));
            if (to.equalsIgnoreCase(from)) {
                throw new GlossaException("'" + from + "' is already "
                        + (parent.isEmpty() ? "at the top level." : "under '" + parent + "'."));
            }
            return db.inTransaction(c -> {
                java.util.Set<String> existing = new java.util.HashSet<>();
                java.util.List<String> moving = new java.util.ArrayList<>();
                for (TagRepository.TagCount t : tags.counts(c)) {
                    String name = t.name();
                    existing.add(name.toLowerCase(java.util.Locale.ROOT));
                    if (TagHierarchy.isWithin(name, from)) {
                        moving.add(name);
                    }
                }
                if (moving.isEmpty()) {
                    throw new GlossaException("There is no tag named '" + from + "'.");
                }
                for (String name : moving) {
                    String target = to + name.substring(from.length());
                    if (existing.contains(target.toLowerCase(java.util.Locale.ROOT))) {
                        throw new GlossaException("Cannot move '" + from + "': a tag named '" + target
                                + "' already exists.");
                    }
                }
                tags.rename(c, from, to);
                return to;
            });
        });
    }

    /** Removes a tag from every annotation (the annotations stay). */
    public void delete(String name) {
        library.exclusively(() -> {
            db.inTransaction(c -> {
                tags.delete(c, TagNames.normalize(name));
                return null;
            });
        });
    }

    /** Gives a tag a palette colour; blank or null takes its colour away. */
    public void setColor(String name, String color) {
        library.exclusively(() -> {
            String key = color == null || color.isBlank() ? null : ColorNames.key(color);
            db.inTransaction(c -> {
                tags.setColor(c, TagNames.normalize(name), key);
                return null;
            });
        });
    }

    /** Tags x documents counts over the annotations {@code query} selects (empty = all). */
    public TagMatrix matrix(String query) {
        return library.exclusively(() -> {
            SearchQuery q = QueryParser.parse(query);
            return db.read(c -> matrixQuery.matrix(c, AnnotationSelection.of(c, q)));
        });
    }
}
