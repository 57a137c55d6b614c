package org.promisetracker.web.imports;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The workbook's table of texts, which text cells point into by number. Kept as plain strings (a
 * cell's formatting runs joined, its phonetic guide left out), with no room made in advance for the
 * count the part claims, since that count is the file's to lie about.
 */
final class SharedStrings extends DefaultHandler {

    /** Far more than six sheets of 10,000 rows can use; a table larger is built to fill memory. */
    static final int MAX_STRINGS = 1_000_000;

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inItem;
    private boolean inText;
    private int phonetic;

    String get(int index) {
        if (index < 0 || index >= strings.size()) {
            throw WorkbookReader.damaged("a cell refers to text number " + index + ", which is not there");
        }
        return strings.get(index);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!Xml.MAIN.equals(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> {
                inItem = true;
                text.setLength(0);
            }
            case "rPh" -> phonetic++;
            case "t" -> inText = inItem && phonetic == 0;
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!Xml.MAIN.equals(uri)) {
            return;
        }
        switch (localName) {
            case "si" -> {
                inItem = false;
                if (strings.size() == MAX_STRINGS) {
                    throw WorkbookReader.damaged("it holds more than " + MAX_STRINGS + " different texts");
                }
                strings.add(Xml.unescape(text.toString()));
            }
            case "rPh" -> phonetic--;
            case "t" -> inText = false;
            default -> {}
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            WorkbookReader.append(text, ch, start, length);
        }
    }
}
