package org.promisetracker.web.page;

/** An optional text field left empty is sent as absent, as the API's clients send it. */
final class Blank {

    private Blank() {}

    static String toNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
