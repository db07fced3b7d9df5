package org.glossa.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.glossa.core.Library;
import org.glossa.core.packet.PacketAnswers;
import org.glossa.core.sync.Sync;
import org.glossa.core.sync.SyncReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The class side of packets: publish to a class remote, answer a question, read everyone's answers. */
final class PacketClassCommands {
    private PacketClassCommands() {
    }

    @Command(name = "publish", mixinStandardHelpOptions = true, description = {
            "Publish a packet to a class remote (see 'glossa remote add'): its readings, your guiding notes and"
                    + " its questions (never your answers); later syncs publish it again when it changed.",
            "Students open the class with 'glossa remote add NAME URL --class' and 'glossa sync'."})
    static final class Publish extends PacketCommand.Sub {
        @Parameters(paramLabel = "PACKET", description = "Packet id.")
        String packet;

        @Option(names = "--remote", required = true, paramLabel = "NAME", description = "The class remote.")
        String remote;

        @Override
        int run(Library lib) {
            SyncReport r = lib.sync().publish(packetId(packet), lib.sync().remote(remote), Sync.fromEnvironment());
            out().println(r.remote() + "\tpublished\t" + r.summary());
            r.problems().forEach(p -> err().println(r.remote() + ": " + p));
            return 0;
        }
    }

    @Command(name = "answer", mixinStandardHelpOptions = true, description = "Answer a question of a packet"
            + " (as you, --author); it goes to the teacher with your layer at the next sync.")
    static final class Answer extends PacketCommand.Sub {
        @Parameters(index = "0", paramLabel = "PACKET", description = "Packet id.")
        String packet;

        @Parameters(index = "1", paramLabel = "DOC", description = "The reading: document id or a unique part of its title.")
        String doc;

        @Parameters(index = "2", paramLabel = "N", description = "The question's number on that reading (1, 2, ...).")
        int question;

        @Parameters(index = "3", paramLabel = "ANSWER", description = "Your answer (empty clears it).")
        String answer;

        @Override
        int run(Library lib) {
            lib.packets().answer(packetId(packet), resolveDocument(lib, doc).id(), question, answer);
            return 0;
        }
    }

    @Command(name = "answers", mixinStandardHelpOptions = true, description = "Everyone's answers on a packet"
            + " (the students', as their layers arrive): author, reading, question, answer.")
    static final class Answers extends PacketCommand.Sub {
        @Parameters(paramLabel = "PACKET", description = "Packet id.")
        String packet;

        @Option(names = "--json", description = "Print JSON: [{author, reading, question, text, answer, modified}].")
        boolean json;

        @Override
        int run(Library lib) throws Exception {
            long id = packetId(packet);
            Map<String, String> titles = new LinkedHashMap<>();
            lib.documents().forEach(d -> titles.put(d.contentHash(), d.title()));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PacketAnswers.Answer a : lib.packets().answers(id)) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("author", a.author());
                m.put("reading", titles.getOrDefault(a.document(), a.document()));
                m.put("question", a.question());
                m.put("text", a.text());
                m.put("answer", a.answer());
                m.put("modified", a.modified());
                rows.add(m);
            }
            if (json) {
                printJson(rows);
                return 0;
            }
            for (Map<String, Object> m : rows) {
                out().println(m.get("author") + "\t" + m.get("reading") + "\t" + m.get("question") + ". " + m.get("text")
                        + "\t" + String.valueOf(m.get("answer")).replace('\n', ' '));
            }
            return 0;
        }
    }
}
