package org.glossa.model;

/** What a memo is about: the whole library (the project memo), one document, or one tag (a code). */
public sealed interface MemoTarget {
    /** The project memo: about the library as a whole. */
    record Project() implements MemoTarget {
    }

    record OfDocument(long documentId) implements MemoTarget {
    }

    record OfTag(String tagName) implements MemoTarget {
        public OfTag {
            if (tagName == null || tagName.isBlank()) {
                throw new IllegalArgumentException("A tag memo needs a tag name");
            }
        }
    }

    static MemoTarget project() {
        return new Project();
    }

    static MemoTarget document(long documentId) {
        return new OfDocument(documentId);
    }

    static MemoTarget tag(String tagName) {
        return new OfTag(tagName);
    }
}
