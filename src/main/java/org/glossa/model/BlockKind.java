package org.glossa.model;

/** The structural role of a run of document text. */
public enum BlockKind {
    HEADING, PARAGRAPH, QUOTE, LIST_ITEM, CODE, PAGE_BREAK, CAPTION, TABLE_ROW
}
