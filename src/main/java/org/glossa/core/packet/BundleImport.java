package org.glossa.core.packet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.glossa.core.Limits;
import org.glossa.core.export.webannotation.AnnotationImportReport;
import org.glossa.core.export.webannotation.WebAnnotationImport;
import org.glossa.core.store.AnnotationRepository;
import org.glossa.core.store.DocumentIdentityRepository;
import org.glossa.core.store.DocumentRepository;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;
import org.glossa.model.ImportedDocument;

/**
 * Stores a verified bundle in a library, on one connection inside the caller's transaction (so a
 * failure anywhere leaves the library as it was). Documents are matched by content hash, then by
 * uri, else imported with the bundle's uri; the packet is matched by uid, else created with its
 * questions; annotations keep their author (each author is a layer) and never replace an
 * annotation of the library's own user, nor one by a different author.
 */
public final class BundleImport {
    static final int MAX_ANNOTATIONS = Limits.MAX_IMPORTED_ANNOTATIONS;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UUID_URN = "urn:uuid:";

    private final DocumentRepository documents;
    private final DocumentIdentityRepository identities;
    private final AnnotationRepository annotations;
    private final PacketRepository packets;
    private final String me;

    public BundleImport(DocumentRepository documents, DocumentIdentityRepository identities,
                        AnnotationRepository annotations, PacketRepository packets, String me) {
        this.documents = documents;
        this.identities = identities;
        this.annotations = annotations;
        this.packets = packets;
        this.me = me;
    }

    public BundleImportReport run(Connection c, Bundle bundle, OffsetDateTime now) throws SQLException {
        BundleManifest m = bundle.manifest();
        boolean work = BundleManifest.WORK.equals(m.kind());
        int imported = 0;
        long[] ids = new long[m.documents().size()];
        for (int i = 0; i < ids.length; i++) {
            ImportedDocument doc = bundle.documents().get(i);
            String uri = m.documents().get(i).uri();
            Optional<Long> existing = match(c, doc, uri);
            if (existing.isPresent()) {
                ids[i] = existing.get();
            } else if (work) {
                throw new BundleException("it is a student's work on \"" + doc.title() + "\", which is not in this"
                        + " library; a student's work adds only annotations, to a packet that is already here.");
            } else {
                ids[i] = documents.insert(c, doc, hash(doc), now);
                keepUri(c, ids[i], uri);
                imported++;
            }
        }
        long packetId = work ? workPacket(c, bundle, ids) : packet(c, m, ids);
        int[] kept = {0};
        String json = filtered(c, bundle.annotationsJson(), m.author(), work, kept);
        AnnotationImportReport report = json == null ? AnnotationImportReport.none()
                : new WebAnnotationImport(documents, identities, annotations).run(c, json, now, me);
        return new BundleImportReport(packetId, m.packet().title(), m.kind(), m.author(), imported,
                ids.length - imported, report, kept[0]);
    }

    /** The same text by hash, else the same document by uri (its annotations re-anchor by quote). */
    private Optional<Long> match(Connection c, ImportedDocument doc, String uri) throws SQLException {
        Optional<DocumentInfo> same = documents.findByHash(c, hash(doc));
        if (same.isPresent()) {
            return Optional.of(same.get().id());
        }
        return identities.findByUri(c, uri).stream().findFirst();
    }

    private static String hash(ImportedDocument doc) {
        // the same digest as Library.contentHash: SHA-256 of the UTF-8 text
        return BundleZip.sha256(doc.content().text().getBytes(StandardCharsets.UTF_8));
    }

    /** The teacher's uri stays the document's identity here, so everyone's exports name the same thing. */
    private static void keepUri(Connection c, long id, String uri) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE document SET uri = ? WHERE id = ?")) {
            ps.setString(1, uri);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    /**
     * The packet a student's work belongs to: it must be here already, with every reading the
     * work names, since a student's work adds a layer of annotations and nothing else.
     */
    private long workPacket(Connection c, Bundle bundle, long[] ids) throws SQLException {
        BundleManifest m = bundle.manifest();
        Optional<Long> existing = packets.findByUid(c, m.packet().uid());
        if (existing.isEmpty()) {
            throw new BundleException("it is a student's work on the packet \"" + m.packet().title() + "\", which is"
                    + " not in this library; open the packet's own bundle first.");
        }
        List<Long> readings = packets.find(c, existing.get()).orElseThrow().documentIds();
        for (int i = 0; i < ids.length; i++) {
            if (!readings.contains(ids[i])) {
                throw new BundleException("it is a student's work on \"" + bundle.documents().get(i).title() + "\", which is not a"
                        + " reading of the packet \"" + m.packet().title() + "\"; a student's work cannot add readings.");
            }
        }
        return existing.get();
    }

    private long packet(Connection c, BundleManifest m, long[] ids) throws SQLException {
        Optional<Long> existing = packets.findByUid(c, m.packet().uid());
        if (existing.isPresent()) {
            for (long id : ids) {
                packets.addDocument(c, existing.get(), id);
            }
            return existing.get();
        }
        BundleManifest.PacketInfo p = m.packet();
        long packetId = packets.insert(c, p.uid(), p.title(), p.introduction(), p.author(), p.created());
        for (int i = 0; i < ids.length; i++) {
            packets.addDocument(c, packetId, ids[i]);
            for (String q : m.documents().get(i).questions()) {
                packets.addQuestion(c, packetId, ids[i], q, "");
            }
        }
        return packetId;
    }

    /**
     * The bundle's collection without the annotations that would overwrite one of the user's own
     * or someone else's (same id, stored with another author); an annotation with no creator is
     * the bundle author's. A student's work keeps only the student's own annotations. An item whose
     * id is not one string is left in for the import, which refuses it. Null when nothing is left
     * to import.
     */
    private String filtered(Connection c, String json, String bundleAuthor, boolean work, int[] kept)
            throws SQLException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new BundleException(BundleManifest.ANNOTATIONS + " is not valid JSON.");
        }
        JsonNode items = root == null ? null : root.path("first").get("items");
        if (items == null || !items.isArray()) {
            throw new BundleException(BundleManifest.ANNOTATIONS + " must be a W3C AnnotationCollection with"
                    + " its items embedded.");
        }
        if (items.size() > MAX_ANNOTATIONS) {
            throw new BundleException("it holds more than " + MAX_ANNOTATIONS + " annotations.");
        }
        ArrayNode keep = JSON.createArrayNode();
        for (JsonNode item : items) {
            if (!item.isObject()) {
                continue;
            }
            JsonNode idNode = item.path("id");
            String id = idNode.isTextual() ? idNode.asText().strip() : "";
            String localId = id.toLowerCase(Locale.ROOT).startsWith(UUID_URN) ? id.substring(UUID_URN.length()) : id;
            if (!item.path("creator").path("name").isTextual() && !bundleAuthor.isBlank()) {
                ((ObjectNode) item).putObject("creator").put("type", "Person").put("name", bundleAuthor);
            }
            String creator = item.path("creator").path("name").asText(null);
            if (work && !Objects.equals(creator, bundleAuthor)) {
                kept[0]++;
                continue;
            }
            Optional<Annotation> existing = localId.isEmpty() ? Optional.empty() : annotations.find(c, localId);
            // an id that is already here may only be refreshed by its own author's newer copy: one
            // student's bundle can neither replace the user's annotations nor another student's
            if (existing.isPresent() && (Objects.equals(existing.get().author(), me)
                    || !Objects.equals(existing.get().author(), creator))) {
                kept[0]++;
                continue;
            }
            keep.add(item);
        }
        if (keep.isEmpty()) {
            return null;
        }
        ((ObjectNode) root.get("first")).set("items", keep);
        ((ObjectNode) root).put("total", keep.size());
        return root.toString();
    }
}
