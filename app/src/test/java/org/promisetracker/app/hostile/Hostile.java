package org.promisetracker.app.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import tools.jackson.databind.JsonNode;

/**
 * The catalogue of hostile JSON values, each a raw token as it goes on the wire (so a lone
 * surrogate can be a {@code \ud800} escape or the bytes {@code ED A0 80}, and a string can hold
 * bytes that are no UTF-8 at all), grouped by the kind of field it is most likely to upset.
 */
final class Hostile {

    /**
     * One JSON value as sent, named for the report; {@code unstorable} when it holds what no record
     * may (a control character but tab and line breaks, half a character, bytes that are no UTF-8),
     * so that wherever it is put the request must be refused.
     */
    record Token(String label, byte[] json, boolean unstorable) {

        /** A JSON string holding {@code value}, every character outside printable ASCII written as a {@code \}u escape. */
        static Token text(String label, String value) {
            return new Token(label, quote(value).getBytes(StandardCharsets.US_ASCII), unstorable(value));
        }

        static Token raw(String label, String json) {
            return new Token(label, json.getBytes(StandardCharsets.UTF_8), unstorable(json));
        }

        /** A JSON string whose content is {@code bytes} exactly, valid UTF-8 or not. */
        static Token bytes(String label, int... bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write('"');
            for (int b : bytes) {
                out.write(b);
            }
            out.write('"');
            return new Token(label, out.toByteArray(), true);
        }

        private static boolean unstorable(String text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)
                        || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                    return true;
                }
            }
            return false;
        }
    }

    /** Texts at one past each of the length limits of the command side's text rule (Texts). */
    private static final int[] LIMITS = {20, 60, 300, 500, 2000, 4000};

    static final List<Token> TEXTS = texts();
    static final List<Token> DATES = List.of(
            Token.raw("date as number", "20230220"),
            Token.raw("date as array", "[]"),
            Token.text("blank date", "   "),
            Token.text("empty date", ""),
            Token.text("date with time", "2023-02-20T10:00:00"),
            Token.text("date with zone", "2023-02-20Z"),
            Token.text("30 February", "2023-02-30"),
            Token.text("month 13", "2023-13-01"),
            Token.text("unpadded date", "2023-2-1"),
            Token.text("signed year", "+2023-02-20"),
            Token.text("year 0", "0000-01-01"),
            Token.text("year 9999", "9999-12-31"),
            Token.text("LocalDate.MAX", "+999999999-12-31"),
            Token.text("year 1", "0001-01-01"),
            Token.text("slashed date", "20/02/2023"),
            Token.text("padded date", " 2023-02-20 "),
            Token.text("date and NUL", "2023-02-20\u0000"),
            Token.raw("date as object", "{\"year\": 2023, \"month\": 2, \"day\": 20}"),
            Token.raw("date as list", "[2023, 2, 20]"));
    static final List<Token> NUMBERS = List.of(
            Token.raw("1e400", "1e400"),
            Token.raw("-1e400", "-1e400"),
            Token.raw("1e-400", "1e-400"),
            Token.raw("30 digits", "123456789012345678901234567890"),
            Token.raw("16 integer digits", "1234567890123456.5"),
            Token.raw("5 decimals", "1.23456"),
            Token.raw("negative", "-1"),
            Token.raw("zero", "0"),
            Token.raw("-0", "-0"),
            Token.raw("int overflow", "2147483648"),
            Token.raw("int underflow", "-2147483649"),
            Token.raw("long overflow", "9223372036854775808"),
            Token.raw("over maximum", "1000"),
            Token.raw("fraction for integer", "1.5"),
            Token.raw("exponent integer", "1e2"),
            Token.raw("NaN", "NaN"),
            Token.raw("Infinity", "Infinity"),
            Token.raw("hex", "0x10"),
            Token.raw("leading zero", "012"),
            Token.raw("plus sign", "+1"),
            Token.text("number as text", "12"),
            Token.text("number text with space", "12 "));
    static final List<Token> WRONG_TYPES = List.of(
            Token.raw("true", "true"),
            Token.raw("false", "false"),
            Token.raw("null", "null"),
            Token.raw("42", "42"),
            Token.raw("1.5", "1.5"),
            Token.raw("empty object", "{}"),
            Token.raw("empty array", "[]"),
            Token.raw("nested array", "[[]]"),
            Token.raw("object", "{\"a\": 1}"),
            Token.text("text", "text"),
            Token.raw("array of null", "[null]"),
            Token.raw("array of numbers", "[1, 2]"),
            Token.raw("deep array", "[".repeat(2_000) + "]".repeat(2_000)),
            Token.raw("deep object", "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000)),
            Token.raw("array of 10,000", "[" + "0,".repeat(9_999) + "0]"));

    private Hostile() {}

    /** A value for a field: mostly one that upsets a field of its schema, sometimes anything at all. */
    static Token forField(JsonNode schema, String name, Fixture fixture, Random random) {
        if (random.nextInt(4) == 0) {
            List<Token> any = List.of(TEXTS, WRONG_TYPES, DATES, NUMBERS).get(random.nextInt(4));
            return any.get(random.nextInt(any.size()));
        }
        String kind = Fixture.kindOf(name);
        List<Token> likely;
        if (kind != null) {
            likely = ids(fixture, kind, random);
        } else if (schema.has("enum")) {
            likely = enums(schema.get("enum").get(0).asString());
        } else if ("date".equals(schema.path("format").stringValue(""))) {
            likely = DATES;
        } else if (List.of("number", "integer").contains(schema.path("type").stringValue(""))) {
            likely = NUMBERS;
        } else {
            likely = TEXTS;
        }
        return likely.get(random.nextInt(likely.size()));
    }

    /** An enum's first constant written the ways a lenient reader would accept, and worse. */
    static List<Token> enums(String first) {
        return List.of(
                Token.raw("ordinal 0", "0"),
                Token.raw("ordinal 2", "2"),
                Token.text("padded enum", first + " "),
                Token.text("leading space enum", " " + first),
                Token.text("lower-case enum", first.toLowerCase(Locale.ROOT)),
                Token.text("empty enum", ""),
                Token.text("enum and NUL", first + "\u0000"),
                Token.text("unknown enum", "NOPE"),
                Token.raw("null enum", "null"),
                Token.raw("enum in a list", "[\"" + first + "\"]"),
                Token.text("enum with zero-width space", first + "\u200B"));
    }

    /** Ids of every other kind, the right one in upper case, unknown and malformed ones. */
    static List<Token> ids(Fixture fixture, String kind, Random random) {
        List<Token> ids = new ArrayList<>();
        fixture.ids().forEach((other, id) -> {
            if (!other.equals(kind)) {
                ids.add(Token.text(other + " id", id));
            }
        });
        String right = fixture.id(kind);
        ids.add(Token.text("upper-case id", right.toUpperCase(Locale.ROOT)));
        ids.add(Token.text("unknown id", Bodies.uuid(random)));
        for (String malformed : malformedIds(right)) {
            ids.add(Token.text("malformed id " + malformed.length(), malformed));
        }
        ids.add(Token.text("id and NUL", right + "\u0000"));
        ids.add(Token.text("id and lone surrogate", right + "\ud800"));
        return ids;
    }

    static List<String> malformedIds(String right) {
        return List.of(
                "not-a-uuid",
                "0",
                "",
                " ",
                right.substring(1),
                right + "0",
                right.replace('-', '_'),
                "g" + right.substring(1),
                "{" + right + "}",
                " " + right,
                right + "\n",
                right.replace("-", ""),
                "00000000-0000-0000-0000-000000000000",
                "a".repeat(300),
                "../" + right,
                "%00");
    }

    private static List<Token> texts() {
        List<Token> texts = new ArrayList<>();
        for (int c :
                new int[] {0x00, 0x01, 0x08, 0x0B, 0x1B, 0x1F, 0x7F, 0x85, 0x9F, 0x2028, 0x202E, 0xFEFF, 0xFFFE, 0xFFFF
                }) {
            texts.add(Token.text("U+%04X in text".formatted(c), "Illustrative " + (char) c + " note"));
        }
        texts.add(Token.text("only U+0000", "\u0000"));
        texts.add(Token.raw("raw U+0001 byte", "\"a\u0001b\""));
        texts.add(Token.raw("raw line feed", "\"a\nb\""));
        texts.add(Token.raw("raw DEL", "\"a\u007Fb\""));
        texts.add(Token.text("lone high surrogate", "\ud800"));
        texts.add(Token.text("lone low surrogate", "a\udfffb"));
        texts.add(Token.text("reversed pair", "\udc00\ud800"));
        texts.add(Token.text("high surrogate at end", "Illustrative\udbff"));
        texts.add(Token.raw("bad escape", "\"\\x41\""));
        texts.add(Token.raw("short unicode escape", "\"\\u12\""));
        texts.add(Token.bytes("UTF-8 surrogate bytes", 'a', 0xED, 0xA0, 0x80, 'b'));
        texts.add(Token.bytes("overlong NUL", 'a', 0xC0, 0x80));
        texts.add(Token.bytes("byte FF", 0xFF));
        texts.add(Token.bytes("lone continuation", 'a', 0x80));
        texts.add(Token.bytes("truncated sequence", 'a', 0xE2, 0x82));
        texts.add(Token.bytes("five-byte sequence", 0xF8, 0x88, 0x80, 0x80, 0x80));
        texts.add(Token.bytes("beyond U+10FFFF", 0xF4, 0x90, 0x80, 0x80));
        texts.add(Token.text("blank", "   "));
        texts.add(Token.text("empty", ""));
        texts.add(Token.text("no-break spaces", "\u00A0\u00A0"));
        texts.add(Token.text("zero-width only", "\u200B\u200B"));
        texts.add(Token.text("tabs and newlines", "\t\r\n"));
        texts.add(Token.text("SQL", "'; DROP TABLE domain_event_entry; --"));
        texts.add(Token.text("HTML", "<script>alert(1)</script>"));
        texts.add(Token.text("format string", "%s%n%x${jndi:ldap://x}"));
        for (int limit : LIMITS) {
            texts.add(Token.text("text of " + (limit + 1), "x".repeat(limit + 1)));
        }
        texts.add(Token.text("4,001 emoji", "\uD83D\uDE00".repeat(4_001)));
        texts.add(Token.text("4,000 emoji", "\uD83D\uDE00".repeat(4_000)));
        texts.add(Token.text("4,001 decomposed letters", "e\u0301".repeat(4_001)));
        texts.add(Token.text("3,000 decomposed letters", "e\u0301".repeat(3_000)));
        texts.add(Token.text("text of 20,000", "x".repeat(20_000)));
        texts.add(Token.text("text of 70,000", "x".repeat(70_000)));
        return List.copyOf(texts);
    }

    /** {@code value} as a JSON string, in ASCII: anything else, lone surrogates included, as a {@code \}u escape. */
    static String quote(String value) {
        StringBuilder json = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                json.append("\\u%04x".formatted((int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
