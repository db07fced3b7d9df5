package org.glossa.core.organize;

/** A named set of documents; a document may be in several. Names are unique ignoring case. */
public record DocumentCollection(long id, String name, int documentCount) {
}
