package org.glossa.core.memo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.glossa.core.GlossaException;
import org.glossa.core.Library;
import org.glossa.core.Limits;
import org.glossa.core.TagNames;
import org.glossa.core.search.Search;
import org.glossa.core.store.Database;
import org.glossa.core.store.Timestamps;
import org.glossa.model.Memo;
import org.glossa.model.MemoTarget;

/**
 * Markdown memos on the library (the project memo), on a document and on a tag (a code): what
 * an analyst thinks about a source or a code as a whole, beside the notes on single passages.
 * A memo is its author's: another author's memo (from a colleague's project) is read, never
 * changed. Calls are serialised with the library's own.
 */
public final class Memos {
    /** The longest memo title, in characters. */
    public static final int MAX_TITLE = 500;

    private final Library library;
    private final Database db;
    private final Clock clock;
    private final MemoRepository memos = new MemoRepository();

    public Memos(Library library, Database db, Clock clock) {
        this.library = library;
        this.db = db;
        this.clock = clock;
    }

    /** Writes a new memo by this library's author. */
    public Memo add(MemoTarget target, String title, String body) {
        OffsetDateTime now = Timestamps.now(clock);
        return add(new Memo(UUID.randomUUID().toString(), target, title, body, library.author(), now, now));
    }

    /**
     * Writes a memo as given (its id, author and times kept): for memos that come from another
     * project. An id already in the library is refused.
     */
    public Memo add(Memo memo) {
        Memo clean = checked(memo);
        return library.exclusively(() -> {
            if (clean.target() instanceof MemoTarget.OfDocument d) {
                library.document(d.documentId());
            }
            return db.inTransaction(c -> {
                if (memos.find(c, clean.id()).isPresent()) {
                    throw new GlossaException("A memo with the id " + clean.id() + " is already in the library.");
                }
                memos.insert(c, clean);
                return clean;
            });
        });
    }

    /** Changes the title and text of one of this author's memos. */
    public Memo edit(String id, String title, String body) {
        return library.exclusively(() -> {
            return db.inTransaction(c -> {
                Memo old = ownMemo(c, id);
                Memo changed = checked(old.withText(title, body, Timestamps.now(clock)));
                memos.update(c, changed);
                return changed;
            });
        });
    }

    /** Deletes one of this author's memos and returns it, so that it can be put back. */
    public Memo delete(String id) {
        return library.exclusively(() -> {
            return db.inTransaction(c -> {
                Memo old = ownMemo(c, id);
                memos.delete(c, id);
                return old;
            });
        });
    }

    public Optional<Memo> find(String id) {
        return library.exclusively(() -> {
            return db.read(c -> memos.find(c, id));
        });
    }

    /** Every memo: the project's first, then documents' by document, then tags' by name. */
    public List<Memo> list() {
        return library.exclusively(() -> {
            return db.read(memos::all);
        });
    }

    /** The memos about one target, oldest first. */
    public List<Memo> of(MemoTarget target) {
        MemoTarget clean = cleanTarget(target);
        return library.exclusively(() -> {
            return db.read(c -> memos.of(c, clean));
        });
    }

    /**
     * Memos whose title or text match the words, phrases and prefixes of {@code query} (the
     * search language of {@link Search}; case and accents ignored), best first.
     */
    public List<Memo> search(String query, int limit) {
        String match = Search.wordsMatch(query);
        if (match.isEmpty()) {
            return List.of();
        }
        return library.exclusively(() -> {
            return db.read(c -> memos.matching(c, match, limit));
        });
    }

    private Memo ownMemo(java.sql.Connection c, String id) throws java.sql.SQLException {
        Memo old = memos.find(c, id).orElseThrow(() -> new GlossaException("There is no memo with the id " + id + "."));
        if (old.author() != null && !old.author().equals(library.author())) {
            throw new GlossaException("That memo is " + old.author() + "'s; only its author can change it.");
        }
        return old;
    }

    private static Memo checked(Memo memo) {
        if (memo.id() == null || memo.id().isBlank()) {
            throw new GlossaException("A memo needs an id.");
        }
        String title = memo.title().strip();
        if (title.length() > MAX_TITLE) {
            throw new GlossaException("A memo title can have at most " + MAX_TITLE + " characters.");
        }
        Limits.checkedNote(memo.body());
        return new Memo(memo.id(), cleanTarget(memo.target()), title, memo.body(), memo.author(), memo.created(),
                memo.modified());
    }

    private static MemoTarget cleanTarget(MemoTarget target) {
        if (target == null) {
            throw new GlossaException("A memo must be about the library, a document or a tag.");
        }
        if (target instanceof MemoTarget.OfTag t) {
            String name = TagNames.normalize(t.tagName());
            if (name.isEmpty()) {
                throw new GlossaException("A tag memo needs a tag name.");
            }
            return MemoTarget.tag(name);
        }
        return target;
    }
}
