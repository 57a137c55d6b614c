package org.promisetracker.web.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Unzips an upload once, keeping nothing, before POI opens it: POI holds every part of a workbook
 * read from memory unzipped, so what the parts add up to unzipped is what the server spends. The
 * zip is read as POI reads it (entry by entry, with commons-compress), so both see the same parts.
 *
 * <p>The limits, measured on JDK 17 with G1 by the smallest {@code -Xmx} each file reads in: a
 * plan at the very most the import takes, all six sheets with 10,000 rows of long texts (5.7 MB,
 * 42 MB unzipped), reads in 192 MB of heap, returned rows included; so do the worst files these
 * limits let through, each 64 MB unzipped: 60,000 rows of distinct numbers, or of a million tiny
 * shared texts, or 10,000 rows of 455-character texts in every column. A 512 MB heap keeps more
 * than half free. POI's own {@code ZipSecureFile} limits are set to the same, as a second guard.
 */
final class ZipCheck {

    static final long MAX_EXPANDED = 64L * 1024 * 1024;
    static final int MAX_ENTRIES = 1_000;
    /** POI's default: a part may unzip to at most 100 times its packed size... */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** ...once it is larger than this, since small parts of repeated XML pack far better. */
    static final long GRACE = 100L * 1024;

    private static final String BOMB = ": it is refused as a possible zip bomb. If it is a plan, copy its sheets into"
            + " the template and upload that.";

    private ZipCheck() {}

    /** The names of the zip's entries, once it has been unzipped within the limits. */
    static Set<String> check(byte[] bytes) {
        Set<String> names = new HashSet<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(bytes))) {
            ZipArchiveEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (names.size() == MAX_ENTRIES) {
                    throw new UnreadableFile("The workbook has more than "
                            + String.format(Locale.UK, "%,d", MAX_ENTRIES) + " parts inside it" + BOMB);
                }
                names.add(entry.getName());
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    total += read;
                    if (total > MAX_EXPANDED) {
                        throw new UnreadableFile("The workbook expands to more than " + MAX_EXPANDED / (1024 * 1024)
                                + " MB when unzipped" + BOMB);
                    }
                    long unzipped = zip.getUncompressedCount();
                    if (unzipped > GRACE && (double) zip.getCompressedCount() / unzipped < MIN_INFLATE_RATIO) {
                        throw new UnreadableFile("Part of the workbook unzips to more than "
                                + Math.round(1 / MIN_INFLATE_RATIO) + " times its packed size" + BOMB);
                    }
                }
            }
        } catch (UnreadableFile e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile(
                    "This file is not an Excel workbook (.xlsx): it is a damaged or unfinished zip file. Open it in"
                            + " Excel, save it as an Excel Workbook (.xlsx) and upload it again.",
                    e);
        }
        if (names.isEmpty()) {
            throw new UnreadableFile("This file is not an Excel workbook (.xlsx): it is an empty zip file.");
        }
        return names;
    }
}
