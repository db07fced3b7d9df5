package org.glossa.core.packet;

/** One author's annotations on a document: a layer the window can show or hide. */
public record AuthorLayer(String author, int annotations) {
}
