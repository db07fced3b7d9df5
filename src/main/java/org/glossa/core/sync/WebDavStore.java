package org.glossa.core.sync;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WebDAV collection as a remote (Nextcloud, ownCloud, Apache mod_dav, many NAS boxes), spoken
 * with the JDK's HTTP client: PROPFIND with Depth 1 to list, GET, conditional PUT (If-None-Match
 * for new files, If-Match with the ETag read), MKCOL. Basic authentication; the password comes
 * from the caller and is never stored by this class.
 */
public final class WebDavStore implements RemoteStore {
    private static final Duration CONNECT = Duration.ofSeconds(10);
    private static final Duration ANSWER = Duration.ofSeconds(60);
    private static final String PROPFIND_BODY = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:resourcetype/><d:getetag/><d:getlastmodified/>"
            + "</d:prop></d:propfind>";

    private final URI root;
    private final String authorization;
    private final HttpClient http;
    private final AtomicInteger requests = new AtomicInteger();

    public WebDavStore(URI root, String user, String password) {
        String r = root.toString();
        this.root = URI.create(r.endsWith("/") ? r : r + "/");
        this.authorization = user == null || user.isEmpty() ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    @Override
    public Optional<List<RemoteEntry>> list(String folder) {
        HttpResponse<byte[]> r = send(request(folder).header("Depth", "1")
                .header("Content-Type", "application/xml; charset=utf-8")
                .method("PROPFIND", HttpRequest.BodyPublishers.ofString(PROPFIND_BODY)), folder);
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        check(r, folder);
        return Optional.of(PropfindReader.entries(r.body(), this::relative));
    }

    @Override
    public Optional<byte[]> get(String path) {
        HttpResponse<byte[]> r = send(request(path).GET(), path);
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        check(r, path);
        return Optional.of(r.body());
    }

    @Override
    public void put(String path, byte[] bytes, RemoteEntry expected) {
        int status = send(put(path, bytes, expected == null ? "If-None-Match" : "If-Match",
                expected == null ? "*" : "\"" + expected.version() + "\""), path).statusCode();
        if (status == 412 && expected != null && expected.weak() && unchanged(path, expected)) {
            // Apache marks an ETag weak for a second after a write, and a weak ETag never matches
            // If-Match; the listing just now shows the same size and time, so nobody wrote in between
            status = send(put(path, bytes, null, null), path).statusCode();
        }
        if (status == 412) {
            throw new RemoteException.Changed(path);
        }
        check(status, path);
    }

    private HttpRequest.Builder put(String path, byte[] bytes, String condition, String value) {
        HttpRequest.Builder b = request(path).header("Content-Type", path.endsWith(".jsonld")
                ? "application/ld+json" : "application/json").PUT(HttpRequest.BodyPublishers.ofByteArray(bytes));
        return condition == null ? b : b.header(condition, value);
    }

    private boolean unchanged(String path, RemoteEntry expected) {
        return list(path).flatMap(l -> l.stream().filter(e -> e.path().equals(path)).findFirst())
                .map(e -> expected.version().equals(e.version())).orElse(false);
    }

    @Override
    public void makeFolder(String folder) {
        HttpResponse<byte[]> r = send(request(folder).method("MKCOL", HttpRequest.BodyPublishers.noBody()), folder);
        if (r.statusCode() == 405) {
            return; // it exists already
        }
        check(r, folder);
    }

    @Override
    public int requests() {
        return requests.get();
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(root.resolve(path)).timeout(ANSWER);
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return b;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder b, String path) {
        requests.incrementAndGet();
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw new RemoteException("Cannot reach " + host() + ": the server is down or this computer is offline."
                    + " Your work stays here and syncs next time.", e);
        } catch (HttpTimeoutException e) {
            throw new RemoteException(host() + " did not answer in time; sync again later.", e);
        } catch (IOException e) {
            throw new RemoteException("The connection to " + host() + " failed (" + e.getMessage() + ");"
                    + " your work stays here and syncs next time.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException("The sync with " + host() + " was interrupted.", e);
        }
    }

    private void check(HttpResponse<byte[]> r, String path) {
        check(r.statusCode(), path);
    }

    private void check(int s, String path) {
        if (s >= 200 && s < 300) {
            return;
        }
        switch (s) {
            case 401 -> throw new RemoteException(host() + " refused the user name or password (401);"
                    + " check the remote's user and password.");
            case 403 -> throw new RemoteException(host() + " does not allow this user to write " + path
                    + " (403); ask whoever runs the server for access.");
            case 412 -> throw new RemoteException.Changed(path);
            case 507 -> throw new RemoteException(host() + " is full (507); make room there and sync again.");
            default -> throw new RemoteException(host() + " answered " + s + " for " + path + "; sync again later.");
        }
    }

    private String host() {
        return root.getHost() == null ? root.toString() : root.getHost() + (root.getPort() > 0 ? ":" + root.getPort() : "");
    }

    /** A listing's href (an absolute path or URL) as a path relative to the root, or null outside it. */
    private String relative(String href) {
        String path = URI.create(href.replace(" ", "%20")).getRawPath();
        String rootPath = root.getRawPath();
        if (path == null || !path.startsWith(rootPath)) {
            return null;
        }
        return URLDecoder.decode(path.substring(rootPath.length()).replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
