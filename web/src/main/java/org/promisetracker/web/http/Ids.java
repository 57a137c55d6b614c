package org.promisetracker.web.http;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Ids are UUIDs, which a client may write in either letter case: the service stores and compares
 * them in one form, lower case, so {@code ABCDEF01-…} and {@code abcdef01-…} name the same thing.
 * Anything not shaped like a UUID is left as it is, to be refused as unknown.
 */
public final class Ids {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Ids() {}

    public static String canonical(String id) {
        return id != null && UUID.matcher(id).matches() ? id.toLowerCase(Locale.ROOT) : id;
    }

    public static List<String> canonical(List<String> ids) {
        return ids == null ? null : ids.stream().map(Ids::canonical).toList();
    }
}
