package org.glossa.core.sync;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.glossa.core.Library;
import org.glossa.core.store.Database;
import org.glossa.model.DocumentInfo;
import org.glossa.core.sync.SyncRepository.SyncedFile;

/**
 * The class-packet part of one sync: on a class remote, which documents travel (only the packets'
 * readings), the user's own packets going up as {@code packets/UID.json}, the teacher's coming
 * down, and the answers to their questions inside each author's layer file. On a library remote
 * it carries no packets, and answers arrive only for packets this library has.
 */
final class ClassSync {
    private final Syncer sync;
    private final Library library;
    private final Database db;
    private final SyncRemote remote;
    private final RemoteStore store;
    private final String me;
    private final ClassState classes = new ClassState();
    private final org.glossa.core.packet.PacketAnswers answers = new org.glossa.core.packet.PacketAnswers();
    /** The packets of a class remote (null for a library remote, which carries every document). */
    private List<String> uids;

    ClassSync(Syncer sync, Library library, Database db, SyncRemote remote, RemoteStore store, String me) {
        this.sync = sync;
        this.library = library;
        this.db = db;
        this.remote = remote;
        this.store = store;
        this.me = me;
        this.uids = library.exclusively(() -> db.read(c -> classes.packets(c, remote.id()))).orElse(null);
    }

    /** Whether the remote is a class (it carries packets) rather than the user's library. */
    boolean active() {
        return uids != null;
    }

    /**
     * The documents whose layer is to be written, narrowed to the class's readings, with those
     * where the user's answers changed since they were last pushed.
     */
    Set<String> toPush(Connection c, Set<String> changed, Map<String, DocumentInfo> local) throws SQLException {
        Set<String> out = new HashSet<>(changed);
        if (uids == null) {
            return out;
        }
        Set<String> scope = classes.readings(c, uids);
        out.removeIf(h -> !scope.contains(h) && local.containsKey(h));
        for (String h : scope) {
            if (local.containsKey(h) && !Syncer.sha256(answersJson(myAnswers(c, h))).equals(
                    classes.answersPushed(c, remote.id(), h).orElse(Syncer.sha256(answersJson(List.of()))))) {
                out.add(h);
            }
        }
        return out;
    }

    /** Notes which answers went up with the user's layer on a reading. */
    void answersPushed(Connection c, String documentHash, List<LayerFile.Answer> answered) throws SQLException {
        if (uids != null) {
            classes.setAnswersPushed(c, remote.id(), documentHash, Syncer.sha256(answersJson(answered)));
        }
    }

    /** The documents this remote carries: all of them, or for a class only its packets' readings. */
    Map<String, DocumentInfo> inScope(Map<String, DocumentInfo> local) {
        if (uids == null) {
            return local;
        }
        Set<String> scope = library.exclusively(() -> db.read(c -> classes.readings(c, uids)));
        Map<String, DocumentInfo> out = new HashMap<>(local);
        out.keySet().retainAll(scope);
        return out;
    }

    /** The user's own packets on this class, written when they changed since the last push. */
    void pushPackets(Map<String, RemoteEntry> root) {
        List<org.glossa.core.packet.Packet> mine = library.packets().list().stream()
                .filter(p -> uids.contains(p.uid()) && me.equals(p.author()) && !library.packets().received(p.id()))
                .toList();
        Map<String, RemoteEntry> listing = null;
        for (org.glossa.core.packet.Packet p : mine) {
            byte[] bytes = org.glossa.core.packet.ClassPacket.write(p,
                    p.documentIds().stream().map(id -> library.document(id).contentHash()).toList(),
                    p.documentIds().stream().map(library::documentUri).toList());
            String path = Syncer.PACKETS + p.uid() + ".json";
            SyncedFile was = sync.file(path);
            if (was != null && Syncer.sha256(bytes).equals(was.hash())) {
                continue;
            }
            if (listing == null) {
                if (!root.containsKey(Syncer.PACKETS)) {
                    store.makeFolder(Syncer.PACKETS);
                }
                listing = Syncer.byPath(store.list(Syncer.PACKETS).orElse(List.of()));
            }
            RemoteEntry expected = listing.get(path);
            try {
                store.put(path, bytes, expected);
            } catch (RemoteException.Changed e) {
                sync.problem("retry\t" + path + " changed on the remote meanwhile; it is written at the next sync");
                continue;
            }
            sync.settle(new SyncedFile(path, null, false, null, Syncer.sha256(bytes)));
            sync.progress("pushed\t" + path);
        }
    }

    /** The teacher's packets on this class, new or changed: the questions and the order of the readings. */
    void pullPackets(Map<String, DocumentInfo> local) {
        List<RemoteEntry> listing = store.list(Syncer.PACKETS).orElse(List.of());
        boolean all = true;
        for (RemoteEntry e : listing) {
            if (e.folder() || !e.name().endsWith(".json") || !sync.changed(e)) {
                continue;
            }
            Optional<byte[]> bytes = store.get(e.path());
            if (bytes.isEmpty()) {
                continue;
            }
            SyncedFile now = new SyncedFile(e.path(), e.version(), e.weak(), e.lastModified(), Syncer.sha256(bytes.get()));
            SyncedFile stored = sync.file(e.path());
            if (stored != null && now.hash().equals(stored.hash())) {
                sync.settle(now);
                continue;
            }
            org.glossa.core.packet.ClassPacket.Received r;
            try {
                r = org.glossa.core.packet.ClassPacket.read(bytes.get(), e.path());
            } catch (IllegalArgumentException ex) {
                sync.refuse("refused\t" + ex.getMessage());
                sync.settle(now);
                continue;
            }
            if (r.author().equals(me)) {
                sync.settle(now); // the user's own packet: the copy here is the one that counts
                continue;
            }
            Map<String, Long> ids = new HashMap<>();
            r.readings().forEach(x -> Optional.ofNullable(local.get(x.document())).ifPresent(d -> ids.put(x.document(), d.id())));
            if (ids.size() < r.readings().stream().map(org.glossa.core.packet.ClassPacket.ReceivedReading::document)
                    .distinct().count()) {
                sync.problem("waiting\t" + e.path() + ": a reading is not on the remote yet; it is taken at the next sync");
                all = false;
                continue;
            }
            try {
                library.exclusively(() -> db.inTransaction(c -> {
                    new org.glossa.core.packet.ClassPacket().receive(c, r, ids);
                    classes.add(c, remote.id(), r.uid());
                    sync.putFile(c, now);
                    return null;
                }));
                if (!uids.contains(r.uid())) {
                    uids = new ArrayList<>(uids);
                    uids.add(r.uid());
                }
                sync.pulledOne();
                sync.progress("pulled\t" + e.path());
            } catch (IllegalArgumentException ex) {
                sync.refuse("refused\t" + e.path() + ": " + ex.getMessage());
                sync.settle(now);
            }
        }
        if (all) {
            listing.stream().filter(x -> x.path().equals(Syncer.PACKETS)).findFirst().ifPresent(self -> sync.settle(
                    new SyncedFile(Syncer.PACKETS, self.version(), self.weak(), self.lastModified(), null)));
        }
    }

    /** The user's answers on one reading, over the class's packets, as the layer file carries them. */
    List<LayerFile.Answer> myAnswers(Connection c, String documentHash) throws SQLException {
        List<LayerFile.Answer> out = new ArrayList<>();
        if (uids == null) {
            return out;
        }
        for (String uid : uids) {
            for (var a : answers.of(c, uid, me)) {
                if (a.document().equals(documentHash)) {
                    out.add(new LayerFile.Answer(uid, a.question(), a.text(), a.answer(), a.modified()));
                }
            }
        }
        return out;
    }

    static byte[] answersJson(List<LayerFile.Answer> list) {
        StringBuilder b = new StringBuilder();
        list.forEach(a -> b.append(a).append('\n'));
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Answers in a layer file: another author's arrive as theirs (only on packets here, each
     * replacing that author's earlier answer); the user's own, from another device, where newer.
     */
    void takeAnswers(Connection c, DocumentInfo doc, String author, LayerFile layer) throws SQLException {
        for (LayerFile.Answer a : layer.answers()) {
            if (packets(c).stream().noneMatch(p -> p.uid().equals(a.packet()) && p.documentIds().contains(doc.id()))) {
                continue;
            }
            var here = answers.of(c, a.packet(), author).stream()
                    .filter(x -> x.document().equals(doc.contentHash()) && x.question() == a.question()).findFirst();
            OffsetDateTime theirs = LayerFile.time(a.modified());
            if (here.isPresent() && (here.get().answer().equals(a.answer())
                    || (author.equals(me) && !theirs.isAfter(LayerFile.time(here.get().modified()))))) {
                continue;
            }
            answers.put(c, a.packet(), author, List.of(new org.glossa.core.packet.PacketAnswers.Answer(author,
                    doc.contentHash(), a.question(), a.text(), a.answer(), a.modified())));
            sync.pulledOne();
        }
    }

    private List<org.glossa.core.packet.Packet> packetCache;

    private List<org.glossa.core.packet.Packet> packets(Connection c) throws SQLException {
        if (packetCache == null) {
            packetCache = new org.glossa.core.packet.PacketRepository().list(c);
        }
        return packetCache;
    }
}
