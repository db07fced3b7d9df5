package org.glossa.core.citation;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Decides a CSL style's {@code locator="..."} conditions before the style reaches citeproc-java,
 * which reads that attribute but never tests it (3.4.0: every such condition counts as true, so
 * APA prints "Page 12" through its chapter branch and Chicago prints "p." where it prints none).
 * Each condition is turned into a test citeproc-java does evaluate: one more token on the
 * element's {@code variable} list, "locator" when the condition holds for this citation's label
 * (the locator is then present, so the token is true) and a variable Glossa never sets when it
 * does not. CSL combines every test of an element under its one {@code match}, so an added token
 * gives the same answer the locator test would for match="all", "any" and "none".
 */
final class LocatorConditions {
    /** A standard CSL variable that Glossa never fills in, so a test on it is always false. */
    static final String NEVER_SET = "archive_location";

    private LocatorConditions() {
    }

    /** The style's XML with its locator conditions decided for a citation whose locator has {@code label} (null = none). */
    static String decide(String styleXml, String label) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(styleXml.getBytes(StandardCharsets.UTF_8)));
            for (String tag : List.of("if", "else-if")) {
                NodeList nodes = doc.getElementsByTagNameNS("*", tag);
                for (int i = 0; i < nodes.getLength(); i++) {
                    Element e = (Element) nodes.item(i);
                    if (e.hasAttribute("locator")) {
                        boolean holds = label != null && List.of(e.getAttribute("locator").strip().split("\\s+")).contains(label);
                        String token = holds ? "locator" : NEVER_SET;
                        String variables = e.getAttribute("variable").strip();
                        e.setAttribute("variable", variables.isEmpty() ? token : variables + " " + token);
                        e.removeAttribute("locator");
                    }
                }
            }
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException("A bundled citation style cannot be read: " + e.getMessage(), e);
        }
    }
}
