package org.glossa.core.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses small XML files (EPUB container and package documents) with DTDs and external
 * entities switched off, so a crafted file cannot read local files or reach the network (XXE)
 * nor expand entities without bound.
 */
public final class SafeXml {
    private SafeXml() {
    }

    public static Document parse(byte[] xml, String what) throws ImportException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e; // reported through the exception, never printed to stderr
                }
            });
            return b.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String reason = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "declares a DOCTYPE, which is not allowed" : "is not well-formed XML";
            throw new ImportException(what + " " + reason + "; the book is damaged or unsafe.", e);
        } catch (ParserConfigurationException | IOException e) {
            throw new ImportException(what + " could not be read: " + e.getMessage(), e);
        }
    }
}
