package org.glossa.core.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.glossa.core.importing.ImportException;
import org.glossa.core.importing.SafeXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Reads a WebDAV multistatus answer to PROPFIND (RFC 4918) into entries, with the JDK's XML parser. */
final class PropfindReader {
    private static final String DAV = "DAV:";

    private PropfindReader() {
    }

    /** The entries of a multistatus; {@code relative} turns an href into a remote path (null: skip it). */
    static List<RemoteEntry> entries(byte[] xml, UnaryOperator<String> relative) {
        org.w3c.dom.Document doc;
        try {
            doc = SafeXml.parse(xml, "the server's listing");
        } catch (ImportException e) {
            throw new RemoteException("The server's answer to a listing is not WebDAV XML (" + e.getMessage()
                    + "); is the remote address a WebDAV folder?", e);
        }
        List<RemoteEntry> out = new ArrayList<>();
        NodeList responses = doc.getElementsByTagNameNS(DAV, "response");
        for (int i = 0; i < responses.getLength(); i++) {
            Element response = (Element) responses.item(i);
            String href = text(first(response, "href"));
            String path = href == null ? null : relative.apply(href.strip());
            if (path == null) {
                continue;
            }
            Element prop = okProp(response);
            if (prop == null) {
                continue;
            }
            Element type = first(prop, "resourcetype");
            boolean folder = type != null && first(type, "collection") != null;
            if (folder && !path.isEmpty() && !path.endsWith("/")) {
                path = path + "/";
            }
            String etag = text(first(prop, "getetag"));
            boolean weak = etag != null && etag.startsWith("W/");
            String version = etag == null ? null : unquoted(weak ? etag.substring(2) : etag);
            out.add(new RemoteEntry(path, folder, version, weak, text(first(prop, "getlastmodified"))));
        }
        return out;
    }

    /** The prop of the propstat whose status is 200 (a server lists the properties it lacks under 404). */
    private static Element okProp(Element response) {
        NodeList stats = response.getElementsByTagNameNS(DAV, "propstat");
        for (int i = 0; i < stats.getLength(); i++) {
            Element stat = (Element) stats.item(i);
            String status = text(first(stat, "status"));
            if (status != null && status.contains(" 200")) {
                return first(stat, "prop");
            }
        }
        return null;
    }

    private static Element first(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && DAV.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }

    private static String unquoted(String etag) {
        return etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"") ? etag.substring(1, etag.length() - 1) : etag;
    }
}
