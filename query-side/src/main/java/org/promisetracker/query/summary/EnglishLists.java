package org.promisetracker.query.summary;

import java.util.List;

/** "a", "a and b", "a, b and c": the house style has no Oxford comma. */
final class EnglishLists {

    private EnglishLists() {}

    static String join(List<String> items) {
        if (items.isEmpty()) {
            // An empty list has no English that fits inside a sentence; callers say "no ..." themselves.
            throw new IllegalArgumentException("Nothing to list");
        }
        int last = items.size() - 1;
        if (last == 0) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, last)) + " and " + items.get(last);
    }
}
