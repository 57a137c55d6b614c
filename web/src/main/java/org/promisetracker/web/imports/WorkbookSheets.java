package org.promisetracker.web.imports;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What the workbook part says of its sheets: their names in tab order, which are hidden, and
 * where each one's cells are; and whether its dates count from 1904, as old Mac workbooks' do.
 */
final class WorkbookSheets extends DefaultHandler {

    record Entry(String name, boolean hidden, String relationship) {}

    private final List<Entry> sheets = new ArrayList<>();
    private boolean date1904;

    List<Entry> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!Xml.MAIN.equals(uri)) {
            return;
        }
        if (localName.equals("workbookPr")) {
            date1904 = Xml.isTrue(attributes.getValue("date1904"));
        } else if (localName.equals("sheet")) {
            String name = attributes.getValue("name");
            String relationship = attributes.getValue(Xml.RELATIONSHIPS, "id");
            if (name == null || relationship == null) {
                throw WorkbookReader.damaged("a sheet has no name or no contents");
            }
            String state = attributes.getValue("state");
            sheets.add(new Entry(name, "hidden".equals(state) || "veryHidden".equals(state), relationship));
        }
    }
}
