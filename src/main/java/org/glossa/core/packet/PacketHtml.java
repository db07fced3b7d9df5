package org.glossa.core.packet;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.glossa.core.export.AnnotatedDocument;
import org.glossa.core.export.DocumentHtml;
import org.glossa.core.export.HtmlPage;
import org.glossa.core.export.NoteHtml;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A class packet as a printable page (and the PDF's source): a title page, the introduction, then
 * each reading with its questions and its whole text. The student's edition leaves room for
 * answers and shows no teacher notes; the teacher's edition adds the answers and the guiding
 * annotations (highlights inline, notes after each reading).
 */
public final class PacketHtml {
    /** Which version of the packet to print. */
    public enum Edition {
        STUDENT, TEACHER;

        public static Edition parse(String s) {
            return switch (s.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "student" -> STUDENT;
                case "teacher" -> TEACHER;
                default -> throw new org.glossa.core.GlossaException(
                        "Unknown edition '" + s + "'; use student or teacher.");
            };
        }
    }

    private PacketHtml() {
    }

    /** {@code readings} are the packet's documents in order, each with the teacher's guiding annotations. */
    public static Document page(Packet packet, List<AnnotatedDocument> readings, Edition edition) {
        Document page = HtmlPage.create(packet.title());
        List<String> facts = new ArrayList<>();
        facts.add(readings.size() + (readings.size() == 1 ? " reading" : " readings"));
        facts.add("Prepared " + packet.created().format(DateTimeFormatter.ISO_LOCAL_DATE));
        if (edition == Edition.TEACHER) {
            facts.add("Teacher's version: answers and guiding notes");
        }
        Element titlePage = HtmlPage.titlePage(page, packet.title(),
                packet.author().isBlank() ? null : "by " + packet.author(), facts);
        if (edition == Edition.STUDENT) {
            titlePage.appendElement("p").addClass("name-line").text("Name: ________________________________");
        }
        if (!packet.introduction().isBlank()) {
            Element intro = page.body().appendElement("section").addClass("introduction");
            intro.appendElement("h2").text("Introduction");
            intro.append(NoteHtml.render(packet.introduction()));
        }
        for (int i = 0; i < readings.size(); i++) {
            AnnotatedDocument reading = readings.get(i);
            Packet.Reading r = packet.readings().get(i);
            Element article = page.body().appendElement("article").addClass("document");
            article.appendElement("p").addClass("reading-label").text("Reading " + (i + 1) + " of " + readings.size());
            if (!DocumentHtml.opensWithTitle(reading.document())) {
                article.appendElement("h1").text(reading.document().title());
                String author = reading.document().info().author();
                if (author != null && !author.isBlank()) {
                    article.appendElement("p").addClass("byline").text(author);
                }
            }
            questions(article, r, edition);
            AnnotatedDocument shown = edition == Edition.TEACHER ? reading
                    : new AnnotatedDocument(reading.document(), reading.uri(), List.of());
            new DocumentHtml("r" + (i + 1) + "-", false).render(article, shown);
        }
        return page;
    }

    private static void questions(Element article, Packet.Reading reading, Edition edition) {
        if (reading.questions().isEmpty()) {
            return;
        }
        Element box = article.appendElement("section").addClass("questions");
        box.appendElement("h3").text("Questions");
        Element list = box.appendElement("ol");
        for (Packet.Question q : reading.questions()) {
            Element li = list.appendElement("li");
            li.appendElement("div").addClass("question").text(q.text());
            if (edition == Edition.TEACHER && !q.answer().isBlank()) {
                li.appendElement("div").addClass("answer").text(q.answer());
            } else if (edition == Edition.STUDENT) {
                li.appendElement("div").addClass("answer-space");
            }
        }
    }
}
