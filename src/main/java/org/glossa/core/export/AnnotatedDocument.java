package org.glossa.core.export;

import java.util.Comparator;
import java.util.List;
import org.glossa.model.Annotation;
import org.glossa.model.Block;
import org.glossa.model.DocumentContent;
import org.glossa.model.Mark;
import org.glossa.model.Document;

/**
 * What every export works from: a document, its interchange uri (for links back) and the
 * annotations to include, in reading order.
 */
public record AnnotatedDocument(Document document, String uri, List<Annotation> annotations) {
    public AnnotatedDocument {
        annotations = annotations.stream()
                .sorted(Comparator.comparingInt(Annotation::start).thenComparingInt(Annotation::end)
                        .thenComparing(Annotation::id))
                .toList();
    }

    /** The annotations that mark passages (highlights, with their notes and tags), in reading order. */
    public List<Annotation> highlights() {
        return annotations.stream().filter(a -> !a.isBookmark()).toList();
    }

    /** The bookmarks (places to come back to), in reading order. */
    public List<Annotation> bookmarks() {
        return annotations.stream().filter(Annotation::isBookmark).toList();
    }

    /**
     * The opening of this document, for a preview: the text up to the end of the first block that
     * reaches {@code chars} characters, with the structure, marks and annotations inside it.
     * The whole document when it is shorter.
     */
    public AnnotatedDocument opening(int chars) {
        DocumentContent content = document.content();
        String text = content.text();
        if (text.length() <= chars) {
            return this;
        }
        int cut = chars;
        for (Block b : content.blocks()) {
            if (b.end() >= chars && b.start() < chars) {
                cut = Math.max(cut, b.end());
                break;
            }
        }
        int end = Math.min(cut, text.length());
        List<Block> blocks = content.blocks().stream().filter(b -> b.start() < end || (b.start() == end && b.end() == end))
                .map(b -> b.end() <= end ? b : new Block(b.kind(), b.start(), end, b.level())).toList();
        List<Mark> marks = content.marks().stream().filter(m -> m.start() < end)
                .map(m -> m.end() <= end ? m : new Mark(m.kind(), m.start(), end, m.href())).toList();
        Document opening = new Document(document.info(), new DocumentContent(text.substring(0, end), blocks, marks));
        return new AnnotatedDocument(opening, uri, annotations.stream().filter(a -> a.end() <= end).toList());
    }

    /** The link that opens Glossa at an annotation of this document. */
    public GlossaLink linkTo(Annotation a) {
        return GlossaLink.toAnnotation(uri, a.id());
    }
}
