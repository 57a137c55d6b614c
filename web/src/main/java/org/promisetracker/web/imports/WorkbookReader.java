package org.promisetracker.web.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an .xlsx upload with POI's package layer and a streaming parse of each part, never with
 * {@code XSSFWorkbook}: that builds an object for every cell of every sheet, about 630 bytes a
 * cell (measured: 82 MB of heap for 10,000 rows of 13 number cells, 820 MB for 100,000), so a
 * sheet of empty cells that unzips within any useful limit could fill the heap. Read this way,
 * memory follows the parts' unzipped size, which {@link ZipCheck} bounds, and the rows kept,
 * which {@link SpreadsheetReader#MAX_ROWS} bounds.
 */
final class WorkbookReader {

    private static final Logger log = LoggerFactory.getLogger(WorkbookReader.class);

    /** Excel's limit for a cell; longer text is no workbook Excel wrote. */
    static final int MAX_TEXT = 32_767;

    private static final String XLSB = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";
    private static final String SAVE_AGAIN =
            " Open it in Excel, save it as an Excel Workbook (.xlsx) and upload it again.";

    static {
        // process-wide: every workbook this JVM opens gets the same guards, which only a file
        // built to exhaust memory can reach
        ZipSecureFile.setMinInflateRatio(ZipCheck.MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(ZipCheck.MAX_EXPANDED);
        ZipSecureFile.setMaxFileCount(ZipCheck.MAX_ENTRIES);
    }

    private WorkbookReader() {}

    static ImportFile read(byte[] bytes) {
        FileMagic magic = FileMagic.valueOf(bytes);
        if (magic == FileMagic.OLE2) {
            throw oldOffice(bytes);
        }
        if (magic != FileMagic.OOXML) {
            throw new UnreadableFile("This file is not an Excel workbook (.xlsx): " + describe(magic) + "."
                    + " Save the plan from Excel as an Excel Workbook (.xlsx), or as CSV UTF-8 one sheet at a time,"
                    + " and upload that.");
        }
        Set<String> names = ZipCheck.check(bytes);
        assertWorkbook(names);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            throw unreadable(e);
        }
        try {
            return read(pkg);
        } catch (UnreadableFile e) {
            throw e;
        } catch (IOException | SAXException | InvalidFormatException | RuntimeException e) {
            throw unreadable(e);
        } finally {
            pkg.revert();
        }
    }

    private static ImportFile read(OPCPackage pkg) throws IOException, SAXException, InvalidFormatException {
        PackagePart workbook = workbookPart(pkg);
        Xml xml = new Xml();
        WorkbookSheets sheets = parse(xml, workbook, new WorkbookSheets());
        PackagePart stringsPart = related(workbook, XSSFRelation.SHARED_STRINGS.getRelation());
        SharedStrings strings = stringsPart == null ? null : parse(xml, stringsPart, new SharedStrings());
        PackagePart stylesPart = related(workbook, XSSFRelation.STYLES.getRelation());
        DateStyles styles = stylesPart == null ? null : parse(xml, stylesPart, new DateStyles());

        Map<ImportSheet, List<WorkbookSheets.Entry>> ours = new EnumMap<>(ImportSheet.class);
        for (WorkbookSheets.Entry entry : sheets.sheets()) {
            ImportSheet.named(entry.name())
                    .ifPresent(sheet ->
                            ours.computeIfAbsent(sheet, s -> new ArrayList<>()).add(entry));
        }
        Findings findings = new Findings();
        for (WorkbookSheets.Entry entry : sheets.sheets()) {
            ImportSheet sheet = ImportSheet.named(entry.name()).orElse(null);
            if (sheet == null) {
                findings.notice(
                        entry.name(),
                        "The " + (entry.hidden() ? "hidden " : "") + "sheet \"" + entry.name()
                                + "\" is not in the template; it is ignored.");
                continue;
            }
            List<WorkbookSheets.Entry> same = ours.get(sheet);
            if (same.size() > 1) {
                if (same.get(0) == entry) {
                    findings.problem(
                            sheet.title(),
                            "The workbook has " + same.size() + " sheets for " + sheet.title() + ": "
                                    + same.stream()
                                            .map(s -> "\"" + s.name() + "\"")
                                            .collect(Collectors.joining(", "))
                                    + "; keep one and delete the others.");
                }
                continue;
            }
            SheetResult result = readSheet(xml, workbook, entry, sheet, strings, styles, sheets.date1904());
            if (!entry.hidden()) {
                findings.sheet(result);
            } else if (result.holdsNothing()) {
                findings.notice(
                        sheet.title(), "The sheet " + sheet.title() + " is hidden and holds nothing; it is ignored.");
            } else {
                findings.problem(
                        sheet.title(),
                        "The sheet " + sheet.title() + " is hidden: unhide it to check what it holds, or delete it.");
            }
        }
        return findings.file();
    }

    private static SheetResult readSheet(
            Xml xml,
            PackagePart workbook,
            WorkbookSheets.Entry entry,
            ImportSheet sheet,
            SharedStrings strings,
            DateStyles styles,
            boolean date1904)
            throws IOException, SAXException, InvalidFormatException {
        PackageRelationship relationship = workbook.getRelationship(entry.relationship());
        if (relationship == null || relationship.getTargetMode() == TargetMode.EXTERNAL) {
            throw damaged("the sheet " + sheet.title() + " has no contents");
        }
        PackagePart part = workbook.getRelatedPart(relationship);
        if (part == null) {
            throw damaged("the sheet " + sheet.title() + " has no contents");
        }
        SheetBuilder builder = new SheetBuilder(sheet);
        try {
            parse(xml, part, new WorksheetHandler(builder, strings, styles, date1904));
        } catch (WorksheetHandler.Enough enough) {
            // the builder has said the sheet is too long; the rest of it does not matter
        }
        return builder.build();
    }

    private static PackagePart workbookPart(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationship core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)
                .getRelationship(0);
        if (core == null) {
            if (pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT)
                            .getRelationship(0)
                    != null) {
                throw new UnreadableFile("This workbook is saved as Strict Open XML Spreadsheet, which the import"
                        + " does not read." + SAVE_AGAIN);
            }
            throw new UnreadableFile("This file is not an Excel workbook (.xlsx): it has no workbook inside it.");
        }
        PackagePart part = pkg.getPart(core);
        if (part == null) {
            throw damaged("it has no workbook inside it");
        }
        String type = part.getContentType();
        if (XLSB.equals(type)) {
            throw new UnreadableFile("This is an Excel Binary Workbook (.xlsb)." + SAVE_AGAIN);
        }
        if (!type.contains("spreadsheetml") && !type.startsWith("application/vnd.ms-excel.")) {
            throw new UnreadableFile("This file is not an Excel workbook (.xlsx): it is "
                    + (type.contains("wordprocessingml")
                            ? "a Word document"
                            : type.contains("presentationml") ? "a PowerPoint presentation" : "another kind of file")
                    + ".");
        }
        return part;
    }

    /** Kinds of zip that are not workbooks, told by their parts, so the message can say what to do. */
    private static void assertWorkbook(Set<String> names) {
        if (names.contains("mimetype") && names.contains("content.xml")) {
            throw new UnreadableFile("This is an OpenDocument spreadsheet (.ods)." + SAVE_AGAIN);
        }
        if (names.contains("xl/workbook.bin")) {
            throw new UnreadableFile("This is an Excel Binary Workbook (.xlsb)." + SAVE_AGAIN);
        }
        if (!names.contains("[Content_Types].xml")) {
            throw new UnreadableFile("This file is not an Excel workbook (.xlsx): it is a zip file of something else.");
        }
    }

    private static PackagePart related(PackagePart part, String type) throws InvalidFormatException {
        for (PackageRelationship relationship : part.getRelationshipsByType(type)) {
            if (relationship.getTargetMode() != TargetMode.EXTERNAL) {
                return part.getRelatedPart(relationship);
            }
        }
        return null;
    }

    private static <H extends DefaultHandler> H parse(Xml xml, PackagePart part, H handler)
            throws IOException, SAXException {
        try (InputStream in = part.getInputStream()) {
            xml.parse(in, handler);
        }
        return handler;
    }

    /**
     * An Office 97-2003 file, or an encrypted workbook: Excel wraps a password-protected .xlsx in
     * the old format, with POI's encryption entries inside.
     */
    private static UnreadableFile oldOffice(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry(Decryptor.DEFAULT_POIFS_ENTRY) || root.hasEntry("EncryptionInfo")) {
                return new UnreadableFile("This workbook is password-protected, so the import cannot read it. Remove"
                        + " the password (File, Info, Protect Workbook, Encrypt with Password), save it and upload it"
                        + " again.");
            }
            if (root.hasEntry("WordDocument")) {
                return new UnreadableFile("This file is not an Excel workbook (.xlsx): it is a Word 97-2003 document.");
            }
        } catch (IOException | RuntimeException e) {
            log.debug("An Office 97-2003 upload could not be opened", e);
        }
        return new UnreadableFile("This is an old Excel 97-2003 file (.xls); save it as .xlsx and upload it again.");
    }

    private static String describe(FileMagic magic) {
        return switch (magic) {
            case PDF -> "it is a PDF";
            case HTML -> "it is a web page (HTML)";
            case XML -> "it is an XML file";
            case RTF -> "it is a Rich Text document";
            case JPEG, GIF, PNG, TIFF, BMP, WMF, EMF -> "it is a picture";
            case BIFF2, BIFF3, BIFF4 -> "it is a very old Excel file";
            case MSWRITE, WORD2 -> "it is an old Word document";
            default -> "it is not a kind of file the import knows";
        };
    }

    /**
     * What reading ran into, in words: POI reports a damaged package with many kinds of exception,
     * none of which should reach the officer as a server error.
     */
    private static UnreadableFile unreadable(Exception e) {
        StringBuilder messages = new StringBuilder(String.valueOf(e.getMessage()));
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < 10; depth++, cause = cause.getCause()) {
            messages.append(' ').append(cause.getMessage());
        }
        String message = messages.toString();
        if (message.contains("Zip bomb detected")) {
            return new UnreadableFile(
                    "Part of the workbook unzips to far more than its packed size: it is refused as a possible zip"
                            + " bomb.",
                    e);
        }
        if (message.contains("more internal file entries than expected")) {
            return new UnreadableFile(
                    "The workbook has too many parts inside it: it is refused as a possible zip bomb.", e);
        }
        if (e instanceof SAXException) {
            return damaged(
                    message.contains("DOCTYPE")
                            ? "part of it declares a DOCTYPE, which Excel never writes"
                            : "part of it is not well-formed XML",
                    e);
        }
        if (e instanceof RuntimeException) {
            log.info("An uploaded workbook could not be read", e);
        } else {
            log.debug("An uploaded workbook could not be read", e);
        }
        return damaged("its parts do not fit together as a workbook's do", e);
    }

    static UnreadableFile damaged(String what) {
        return damaged(what, null);
    }

    private static UnreadableFile damaged(String what, Throwable cause) {
        return new UnreadableFile("This workbook cannot be read: it is damaged (" + what + ")." + SAVE_AGAIN, cause);
    }

    /** Appends a cell's text, refusing more than a cell can hold. */
    static void append(StringBuilder text, char[] ch, int start, int length) {
        if (text.length() + length > MAX_TEXT) {
            throw damaged("a cell holds more than " + String.format(Locale.UK, "%,d", MAX_TEXT)
                    + " characters, which Excel does not allow");
        }
        text.append(ch, start, length);
    }

    /** An attribute's whole number, or null when it has none or another thing. */
    static Integer number(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static int numberOr(String text, int otherwise) {
        Integer number = number(text);
        return number == null ? otherwise : number;
    }
}
