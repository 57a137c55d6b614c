package org.promisetracker.web.imports;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which of the workbook's cell formats show a number as a date: Excel keeps a date as a number of
 * days, and only its format says it is one. Read from the styles part for that alone, since the
 * rest of the part (fonts, fills, borders) says nothing the import needs.
 */
final class DateStyles extends DefaultHandler {

    private final Map<Integer, String> formats = new HashMap<>();
    private final BitSet dates = new BitSet();
    private boolean inCellFormats;
    private int next;

    boolean isDate(int style) {
        return style >= 0 && dates.get(style);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!Xml.MAIN.equals(uri)) {
            return;
        }
        switch (localName) {
            case "numFmt" -> {
                Integer id = WorkbookReader.number(attributes.getValue("numFmtId"));
                String code = attributes.getValue("formatCode");
                if (id != null && code != null) {
                    formats.put(id, code);
                }
            }
            case "cellXfs" -> inCellFormats = true;
            case "xf" -> {
                if (inCellFormats) {
                    Integer id = WorkbookReader.number(attributes.getValue("numFmtId"));
                    if (id != null) {
                        String code = formats.getOrDefault(id, BuiltinFormats.getBuiltinFormat(id));
                        if (DateUtil.isADateFormat(id, code)) {
                            dates.set(next);
                        }
                    }
                    next++;
                }
            }
            default -> {}
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (Xml.MAIN.equals(uri) && localName.equals("cellXfs")) {
            inCellFormats = false;
        }
    }
}
