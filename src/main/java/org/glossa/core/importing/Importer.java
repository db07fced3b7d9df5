package org.glossa.core.importing;

import org.glossa.model.ImportedDocument;

/** Reads one document format into normalised text and structure. */
public interface Importer {
    /**
     * @param bytes    the whole file
     * @param fileName the file's name, for a fallback title; may be empty
     * @throws ImportException when the bytes are not a readable document of this format
     */
    ImportedDocument read(byte[] bytes, String fileName) throws ImportException;
}
