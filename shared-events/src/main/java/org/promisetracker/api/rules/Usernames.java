package org.promisetracker.api.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Usernames as plans keep them (members, assignees): as the person signs in, matched ignoring case
 * as sign-in matches them, up to 200 characters, without spaces or line breaks.
 */
public final class Usernames {

    public static final int LENGTH = 200;

    private Usernames() {}

    /** The key a username is matched by. */
    public static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    /** The username as recorded, or a refusal naming {@code field}. */
    public static String checked(String field, String username) {
        String cleaned = Texts.required(field, username, LENGTH, "Give the username the person signs in with.");
        if (cleaned.codePoints().anyMatch(Character::isWhitespace)) {
            throw CommandRejected.invalid(field, "A username has no spaces or line breaks.");
        }
        return cleaned;
    }

    /** Each username checked, once each (ignoring case), in the order given; at most {@code most}. */
    public static List<String> checkedList(String field, List<String> usernames, int most) {
        if (usernames == null) {
            throw CommandRejected.invalid(field, "Send the usernames, or an empty list for none.");
        }
        if (usernames.size() > most) {
            throw CommandRejected.invalid(field, "Up to " + most + " usernames.");
        }
        Map<String, String> byKey = new LinkedHashMap<>();
        for (int i = 0; i < usernames.size(); i++) {
            String username = checked(field + "[" + i + "]", usernames.get(i));
            if (byKey.putIfAbsent(key(username), username) != null) {
                throw CommandRejected.invalid(
                        field + "[" + i + "]", "The username " + username + " is listed twice; list each once.");
            }
        }
        return new ArrayList<>(byKey.values());
    }
}
