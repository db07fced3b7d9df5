package org.glossa.core.sync;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.glossa.core.Library;
import org.glossa.core.bench.BenchSection;
import org.glossa.core.bench.BenchSettings;
import org.glossa.core.bench.Budget;
import org.glossa.core.bench.Figure;
import org.glossa.core.bench.Stats;
import org.glossa.core.bench.TempFiles;
import org.glossa.core.importing.Importers;
import org.glossa.model.AnchorStatus;
import org.glossa.model.Annotation;
import org.glossa.model.DocumentInfo;
import org.glossa.model.Motivation;
import org.glossa.model.TextQuote;

/**
 * {@code glossa bench}'s sync section: a class of students x 10 readings x 200 annotations each
 * (30 students: 60,000) on a folder remote, synced by one student's library that holds them all.
 * "Nothing changed" and "one annotation changed" are timed and their requests counted, beside the
 * same figures for a class a tenth the size: the baseline, so the ratio shows whether a sync grows
 * with the library (it should not). Where Apache httpd is installed, the same two figures are
 * taken against a real WebDAV server on loopback (mod_dav, basic authentication) holding the same
 * class, beside the folder remote's: the ratio is what HTTP costs.
 */
public final class SyncBench implements BenchSection {
    static final int READINGS = 10;
    static final int PER_LAYER = 200;
    static final int SENTENCES = 400;

    @Override
    public String name() {
        return "sync";
    }

    private record Measured(double idleMs, double idleRequests, double oneMs, double oneRequests, int annotations) {
    }

    @Override
    public List<Figure> run(BenchSettings settings) throws Exception {
        int big = settings.quick() ? 4 : 30;
        int small = settings.quick() ? 1 : 3;
        Measured base = measure(settings, small, false).get(0);
        String missing = LocalDavServer.unavailable();
        if (missing != null) {
            settings.say("sync: WebDAV rows skipped: " + missing);
        }
        List<Measured> both = measure(settings, big, missing == null);
        Measured glossa = both.get(0);
        String label = String.format(Locale.ROOT, "the same at %,d annotations (vs %,d)", base.annotations(),
                glossa.annotations());
        List<Figure> out = new ArrayList<>(List.of(
                new Figure(name(), "sync: nothing changed, class library (p50)", "ms", glossa.idleMs(), base.idleMs(),
                        Budget.below(250), label),
                new Figure(name(), "sync: nothing changed, requests", "requests", glossa.idleRequests(),
                        base.idleRequests(), Budget.both(3, 1.0), label),
                new Figure(name(), "sync: one annotation changed, class library (p50)", "ms", glossa.oneMs(),
                        base.oneMs(), Budget.below(1000), label),
                new Figure(name(), "sync: one annotation changed, requests", "requests", glossa.oneRequests(),
                        base.oneRequests(), Budget.both(4, 1.0), label)));
        if (both.size() > 1) {
            Measured dav = both.get(1);
            String vs = String.format(Locale.ROOT, "the folder remote, same %,d annotations", glossa.annotations());
            out.addAll(List.of(
                    new Figure(name(), "sync over WebDAV: nothing changed (p50)", "ms", dav.idleMs(), glossa.idleMs(),
                            Budget.below(250), vs),
                    new Figure(name(), "sync over WebDAV: nothing changed, requests", "requests", dav.idleRequests(),
                            glossa.idleRequests(), Budget.both(3, 1.0), vs),
                    new Figure(name(), "sync over WebDAV: one annotation changed (p50)", "ms", dav.oneMs(),
                            glossa.oneMs(), Budget.below(1000), vs),
                    new Figure(name(), "sync over WebDAV: one annotation changed, requests", "requests",
                            dav.oneRequests(), glossa.oneRequests(), Budget.both(4, 1.0), vs)));
        }
        return out;
    }

    /** A remote to measure against: its address for {@code remote add}, and a fresh store (counting from 0). */
    private record Target(String name, String address, String user, java.util.function.Supplier<RemoteStore> store) {
    }

    /** The folder remote's figures, then (with {@code dav}) the same class's over WebDAV. */
    private List<Measured> measure(BenchSettings settings, int students, boolean dav) throws Exception {
        Path dir = Files.createTempDirectory("glossa-sync-bench");
        try {
            Path remote = Files.createDirectories(dir.resolve("remote"));
            Path file = dir.resolve("class.sqlite");
            String me = student(1);
            int total;
            settings.say("sync: building a class of " + students + " students (" + students * READINGS * PER_LAYER
                    + " annotations)");
            try (Library lib = Library.open(file, Clock.systemUTC(), new Importers(), me)) {
                total = publishClass(lib, remote, students);
            }
            List<Measured> out = new ArrayList<>();
            try (Library lib = Library.open(file, Clock.systemUTC(), new Importers(), me)) {
                out.add(measure(settings, lib, me, total,
                        new Target("class", remote.toString(), null, () -> new FolderStore(remote))));
            }
            if (dav) {
                // the server's worker user must reach its folder inside this one
                Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
                Path serverDir = Files.createDirectories(dir.resolve("server"));
                try (LocalDavServer server = LocalDavServer.start(serverDir, Map.of("bench", "bench"), "");
                     Library lib = Library.open(file, Clock.systemUTC(), new Importers(), me)) {
                    java.net.URI url = server.collection("class");
                    copyForServer(remote, server.folder("class"));
                    out.add(measure(settings, lib, me, total, new Target("dav", url.toString(), "bench",
                            () -> new WebDavStore(url, "bench", "bench"))));
                }
            }
            return out;
        } finally {
            TempFiles.deleteTree(dir);
        }
    }

    /** The class's remote files as the server's own: folders it may write into, files it may replace. */
    private static void copyForServer(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-rw-"));
                }
            }
        }
    }

    /** How old the user's last write is at least when one annotation changes (see above). */
    private static final long SETTLED_MS = 1100;

    private Measured measure(BenchSettings settings, Library lib, String me, int total, Target target)
            throws InterruptedException {
        SyncRemote r = lib.sync().add(target.name(), target.address(), target.user(), null);
        settings.say("sync: first sync of " + total + " annotations with " + target.address());
        for (int i = 0; i < 3; i++) {
            lib.sync().sync(r, target.store().get()); // the first pulls everything, then versions settle
        }
        int reps = settings.reps(7, 2);
        double[] idleMs = new double[reps];
        double[] idleRequests = new double[reps];
        double[] oneMs = new double[reps];
        double[] oneRequests = new double[reps];
        List<Annotation> mine = lib.allAnnotations().stream().filter(a -> me.equals(a.author())).toList();
        long lastWrite = 0;
        for (int i = 0; i < reps; i++) {
            RemoteStore store = target.store().get();
            long t0 = System.nanoTime();
            lib.sync().sync(r, store);
            idleMs[i] = Stats.ms(System.nanoTime() - t0);
            idleRequests[i] = store.requests();

            lib.setNote(mine.get(i * 37 % mine.size()).id(), "changed in round " + i);
            // as between the window's syncs (minutes apart): Apache marks a file's ETag weak for a
            // second after a write, and a write against a weak ETag costs a refusal and a listing more
            long wait = SETTLED_MS - (System.nanoTime() - lastWrite) / 1_000_000;
            if (wait > 0) {
                Thread.sleep(wait);
            }
            store = target.store().get();
            t0 = System.nanoTime();
            lib.sync().sync(r, store);
            oneMs[i] = Stats.ms(System.nanoTime() - t0);
            oneRequests[i] = store.requests();
            lastWrite = System.nanoTime();
            lib.sync().sync(r, target.store().get()); // learns the version of its own write
        }
        return new Measured(Stats.p50(idleMs), Stats.p50(idleRequests), Stats.p50(oneMs),
                Stats.p50(oneRequests), total);
    }

    private static String student(int i) {
        return String.format(Locale.ROOT, "student-%02d", i);
    }

    /**
     * Readings and every student's layers, stored in the library and written to the remote as the
     * students' own syncs would have written them.
     */
    private static int publishClass(Library lib, Path remote, int students) throws Exception {
        List<DocumentInfo> docs = new ArrayList<>();
        for (int r = 0; r < READINGS; r++) {
            StringBuilder text = new StringBuilder("# Reading ").append(r + 1).append("\n\n");
            for (int s = 0; s < SENTENCES; s++) {
                text.append("Sentence ").append(s).append(" of reading ").append(r + 1)
                        .append(" weighs the evidence and the claims made about it. ");
                if (s % 8 == 7) {
                    text.append("\n\n");
                }
            }
            long id = lib.importBytes(text.toString().getBytes(StandardCharsets.UTF_8), "reading" + r + ".md").id();
            docs.add(lib.document(id));
        }
        OffsetDateTime t = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        List<Annotation> all = new ArrayList<>();
        for (DocumentInfo d : docs) {
            String text = lib.load(d.id()).text();
            List<Integer> starts = new ArrayList<>();
            for (int at = text.indexOf("Sentence "); at >= 0; at = text.indexOf("Sentence ", at + 1)) {
                starts.add(at);
            }
            for (int s = 1; s <= students; s++) {
                for (int i = 0; i < PER_LAYER; i++) {
                    int start = starts.get((i * 2 + s) % starts.size());
                    int end = start + "Sentence 0 of reading".length();
                    all.add(new Annotation(UUID.randomUUID().toString(), d.id(), start, end,
                            TextQuote.of(text, start, end), "yellow", i % 5 == 0 ? "a note " + i : "", List.of(),
                            student(s), t, t, AnchorStatus.ANCHORED, Motivation.HIGHLIGHTING));
                }
            }
        }
        lib.bulkImport().annotations(all);
        Files.writeString(remote.resolve(Syncer.MANIFEST), "{\"format\": \"glossa-sync\", \"version\": "
                + Syncer.FORMAT + "}\n");
        Path documents = Files.createDirectories(remote.resolve(Syncer.DOCUMENTS));
        for (DocumentInfo d : docs) {
            Files.write(documents.resolve(d.contentHash() + ".json"), Syncer.documentFile(lib, d));
            Path folder = Files.createDirectories(remote.resolve(Syncer.ANNOTATIONS).resolve(d.contentHash()));
            Map<String, List<Annotation>> layers = all.stream().filter(a -> a.documentId() == d.id())
                    .collect(Collectors.groupingBy(Annotation::author));
            for (Map.Entry<String, List<Annotation>> layer : layers.entrySet()) {
                Files.write(folder.resolve(AuthorNames.fileName(layer.getKey())),
                        Syncer.layerFile(lib, d, layer.getKey(), layer.getValue(), List.of()));
            }
        }
        return all.size();
    }
}
