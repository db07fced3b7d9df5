package org.glossa.core.export;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.glossa.model.DocumentInfo;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** An annotated document as a printable page: title page, the whole text with highlights, notes. */
public final class AnnotatedHtml {
    private final OffsetDateTime exported;

    public AnnotatedHtml(OffsetDateTime exported) {
        this.exported = exported;
    }

    public Document page(AnnotatedDocument doc) {
        DocumentInfo info = doc.document().info();
        Document page = HtmlPage.create(info.title());
        List<String> facts = new ArrayList<>();
        if (info.source() != null && !info.source().isBlank()) {
            facts.add("Source: " + info.source());
        }
        facts.add(doc.annotations().size() + (doc.annotations().size() == 1 ? " annotation" : " annotations"));
        facts.add("Exported from Glossa on " + exported.format(DateTimeFormatter.ISO_LOCAL_DATE));
        HtmlPage.titlePage(page, info.title(), info.author(), facts);
        Element article = page.body().appendElement("article").addClass("document");
        if (!DocumentHtml.opensWithTitle(doc.document())) {
            article.appendElement("h1").text(info.title());
        }
        new DocumentHtml("", false).render(article, doc);
        return page;
    }

    public String html(AnnotatedDocument doc) {
        return HtmlPage.render(page(doc));
    }
}
