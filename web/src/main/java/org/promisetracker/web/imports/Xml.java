package org.promisetracker.web.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a workbook's XML parts one element at a time, so that memory follows what is kept, not
 * the size of the part. No part of a workbook has a DOCTYPE, so none is allowed: that shuts out
 * external entities (a file or URL read into a cell) and entity expansion (billion laughs) at once.
 * A parser that cannot be made so refuses to start rather than read uploads unsafely.
 */
final class Xml {

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    private final SAXParserFactory factory;

    Xml() {
        factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be set to refuse DOCTYPEs", e);
        }
    }

    void parse(InputStream in, DefaultHandler handler) throws IOException, SAXException {
        XMLReader reader;
        try {
            reader = factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The XML parser cannot be set to refuse DOCTYPEs", e);
        }
        reader.setContentHandler(handler);
        reader.setErrorHandler(handler);
        reader.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("A workbook part refers to an outside entity " + systemId);
        });
        reader.parse(new InputSource(in));
    }

    /**
     * Excel writes a character XML cannot hold, such as a control character, as _x0007_, and an
     * underscore that would read as the start of one as _x005F_; the officer typed the character.
     */
    static String unescape(String text) {
        if (!text.contains("_x")) {
            return text;
        }
        Matcher escape = ESCAPE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (escape.find()) {
            escape.appendReplacement(
                    out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(escape.group(1), 16))));
        }
        escape.appendTail(out);
        return out.toString();
    }

    /** "1" and "true" are both XML Schema's true. */
    static boolean isTrue(String value) {
        return "1".equals(value) || "true".equals(value);
    }
}
