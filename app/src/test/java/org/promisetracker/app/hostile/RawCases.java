package org.promisetracker.app.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Requests no well-behaved client sends, written byte for byte: broken request lines and
 * versions, ids no URI parser lets through, paths the firewall refuses, lying or unreadable
 * lengths, oversized and malformed headers, bare line feeds, odd methods and credentials. Each is
 * a valid request of the operation with that one thing wrong.
 */
final class RawCases {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final List<String> METHODS = List.of(
            "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD", "TRACE", "FOO", "get", "CONNECT", "PROPFIND", "G\u00c9T");

    private final Random random;
    private final String host;

    RawCases(Random random, int port) {
        this.random = random;
        this.host = "localhost:" + port;
    }

    Attempt method(Attempt valid) {
        List<String> methods = new ArrayList<>(METHODS);
        methods.add(valid.method().equals("GET") ? "POST" : "GET");
        String method = methods.get(random.nextInt(methods.size()));
        return new Attempt(
                valid.operation(),
                valid.caller(),
                "method",
                method,
                method,
                valid.target(),
                valid.headers(),
                valid.body(),
                request(method, valid.target(), headers(valid), valid.body(), "\r\n"),
                false);
    }

    Attempt any(Attempt valid) {
        Map<String, Supplier<byte[]>> cases = new LinkedHashMap<>();
        String target = valid.target();
        Map<String, String> headers = headers(valid);
        for (String odd : List.of(
                "%00",
                "%2F",
                "%zz",
                "%",
                "%2",
                "\u0001",
                "\u007f",
                "\u00c3\u00a9",
                "\u00ff",
                " x",
                "\t",
                "%u0041",
                "%C0%AF")) {
            cases.put(
                    "id with " + printable(odd),
                    () -> request(valid.method(), inId(target, odd), headers, valid.body(), "\r\n"));
        }
        cases.put(
                "20 KB header",
                () -> request(
                        valid.method(), target, with(headers, "X-Filler", "x".repeat(20_000)), valid.body(), "\r\n"));
        cases.put(
                "200 KB header",
                () -> request(
                        valid.method(), target, with(headers, "X-Filler", "x".repeat(200_000)), valid.body(), "\r\n"));
        cases.put("200 headers", () -> {
            Map<String, String> many = new LinkedHashMap<>(headers);
            for (int i = 0; i < 200; i++) {
                many.put("X-Header-" + i, "v");
            }
            return request(valid.method(), target, many, valid.body(), "\r\n");
        });
        byte[] body = valid.body() == null ? new byte[0] : valid.body();
        cases.put(
                "Content-Length abc", () -> head(valid.method(), target, with(headers, "Content-Length", "abc"), body));
        cases.put("Content-Length -1", () -> head(valid.method(), target, with(headers, "Content-Length", "-1"), body));
        cases.put(
                "Content-Length list",
                () -> head(
                        valid.method(),
                        target,
                        with(headers, "Content-Length", body.length + ", " + body.length),
                        body));
        cases.put(
                "Content-Length of 20 digits",
                () -> head(valid.method(), target, with(headers, "Content-Length", "99999999999999999999"), body));
        cases.put(
                "Content-Length twice",
                () -> head(
                        valid.method(),
                        target,
                        with(
                                with(headers, "Content-Length", String.valueOf(body.length)),
                                "content-length",
                                String.valueOf(body.length + 1)),
                        body));
        cases.put(
                "Content-Length and chunked",
                () -> head(
                        valid.method(),
                        target,
                        with(
                                with(headers, "Content-Length", String.valueOf(body.length)),
                                "Transfer-Encoding",
                                "chunked"),
                        body));
        cases.put(
                "Content-Length 0 and a body",
                () -> head(valid.method(), target, with(headers, "Content-Length", "0"), body));
        cases.put(
                "chunk size zz",
                () -> head(
                        valid.method(),
                        target,
                        with(headers, "Transfer-Encoding", "chunked"),
                        Generator.concat(ascii("zz\r\n"), body, ascii("\r\n0\r\n\r\n"))));
        cases.put(
                "chunked body over the limit",
                () -> head(
                        valid.method(),
                        target,
                        with(headers, "Transfer-Encoding", "chunked"),
                        chunked(Generator.BODY_LIMIT + 1_000, body)));
        cases.put(
                "chunk extension",
                () -> head(
                        valid.method(),
                        target,
                        with(headers, "Transfer-Encoding", "chunked"),
                        Generator.concat(
                                ascii(Integer.toHexString(body.length) + ";ext=\"x\"\r\n"),
                                body,
                                ascii("\r\n0\r\n\r\n"))));
        cases.put(
                "Transfer-Encoding gzip",
                () -> head(valid.method(), target, with(headers, "Transfer-Encoding", "gzip"), body));
        cases.put(
                "Content-Encoding gzip",
                () -> request(valid.method(), target, with(headers, "Content-Encoding", "gzip"), valid.body(), "\r\n"));
        for (String version :
                List.of("HTTP/1.7", "HTTP/2.0", "HTTP/3", "HTTP/x", "HTTP/1.1.1", "http/1.1", "FOO/1.1", "HTTP/0.9")) {
            // no version at all is HTTP/0.9, whose answer has no status line to judge
            cases.put(
                    "version " + version,
                    () -> Generator.concat(
                            ascii(valid.method() + " " + target + " " + version + "\r\n"
                                    + lines(headers, body, "\r\n")),
                            body));
        }
        String path = target.split("\\?")[0];
        String query = target.substring(path.length());
        int slash = path.lastIndexOf('/');
        for (String[] odd : new String[][] {
            {"..", path.substring(0, slash) + "/../" + path.substring(path.indexOf("/", 1) + 1)},
            {"/./", path.substring(0, slash) + "/." + path.substring(slash)},
            {"//", path.substring(0, slash) + "/" + path.substring(slash)},
            {";jsessionid", path + ";jsessionid=1"},
            {"; in id", inId(path, ";x=1")},
            {"%2e%2e", path.substring(0, slash) + "/%2e%2e" + path.substring(slash)},
            {"backslash", path.substring(0, slash) + "\\" + path.substring(slash + 1)},
            {"%5C", path.substring(0, slash) + "%5C" + path.substring(slash + 1)},
            {"trailing slash", path + "/"},
            {"absolute form", "http://evil.example" + path},
            {"asterisk", "*"},
            {"no leading slash", path.substring(1)}
        }) {
            cases.put("path " + odd[0], () -> request(valid.method(), odd[1] + query, headers, valid.body(), "\r\n"));
        }
        cases.put("bare LF", () -> request(valid.method(), target, headers, valid.body(), "\n"));
        cases.put("bare CR", () -> request(valid.method(), target, headers, valid.body(), "\r"));
        cases.put("no Host", () -> {
            Map<String, String> without = new LinkedHashMap<>(headers);
            without.remove("Host");
            return request(valid.method(), target, without, valid.body(), "\r\n");
        });
        cases.put(
                "two Hosts",
                () -> request(valid.method(), target, with(headers, "host", "evil.example"), valid.body(), "\r\n"));
        cases.put(
                "header without colon",
                () -> request(valid.method(), target, with(headers, "X-No-Colon", null), valid.body(), "\r\n"));
        cases.put(
                "header name with space",
                () -> request(valid.method(), target, with(headers, "X Space", "v"), valid.body(), "\r\n"));
        cases.put(
                "NUL in a header",
                () -> request(valid.method(), target, with(headers, "X-Nul", "a\u0000b"), valid.body(), "\r\n"));
        cases.put(
                "folded header",
                () -> request(valid.method(), target, with(headers, "X-Folded", "a\r\n b"), valid.body(), "\r\n"));
        cases.put(
                "UTF-8 in a header",
                () -> request(valid.method(), target, with(headers, "X-Text", "\u00c3\u00a9"), valid.body(), "\r\n"));
        cases.put(
                "correlation id with control",
                () -> request(
                        valid.method(), target, with(headers, "X-Correlation-Id", "a\u0001b"), valid.body(), "\r\n"));
        cases.put(
                "correlation id of 10 KB",
                () -> request(
                        valid.method(),
                        target,
                        with(headers, "X-Correlation-Id", "a".repeat(10_000)),
                        valid.body(),
                        "\r\n"));
        for (String[] credentials : new String[][] {
            {"Basic !!!", "Basic !!!"},
            {"Basic without colon", "Basic " + base64("admin")},
            {"Basic empty", "Basic "},
            {"Basic of 10 KB", "Basic " + base64("admin:" + "x".repeat(7_500))},
            {"Basic NUL in password", "Basic " + base64("admin:admin-pw\u0000")},
            {"Basic UTF-8 user", "Basic " + base64("\u00e9l\u00e8ve:pw")},
            {"Basic Latin-1 bytes", "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xE9, ':', 'x'})},
            {"basic in lower case", "basic " + base64("admin:admin-pw")},
            {"Bearer", "Bearer abc.def.ghi"},
            {"Digest", "Digest username=\"admin\""},
            {"only a scheme", "Basic"}
        }) {
            cases.put(
                    "Authorization " + credentials[0],
                    () -> request(
                            valid.method(),
                            target,
                            with(headers, "Authorization", credentials[1]),
                            valid.body(),
                            "\r\n"));
        }
        cases.put(
                "Expect 100-continue",
                () -> request(valid.method(), target, with(headers, "Expect", "100-continue"), valid.body(), "\r\n"));
        cases.put(
                "Expect garbage",
                () -> request(valid.method(), target, with(headers, "Expect", "garbage"), valid.body(), "\r\n"));
        cases.put(
                "Upgrade h2c",
                () -> request(
                        valid.method(),
                        target,
                        with(with(headers, "Upgrade", "h2c"), "HTTP2-Settings", "AAMAAABkAARAAAAAAAIAAAAA"),
                        valid.body(),
                        "\r\n"));
        List<String> labels = List.copyOf(cases.keySet());
        String label = labels.get(random.nextInt(labels.size()));
        return raw(valid, "raw", label, cases.get(label).get());
    }

    private Map<String, String> headers(Attempt valid) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", host);
        headers.put("Connection", "close");
        headers.putAll(valid.headers());
        return headers;
    }

    /** The request with a Content-Length that tells the truth. */
    static byte[] request(String method, String target, Map<String, String> headers, byte[] body, String eol) {
        byte[] content = body == null ? new byte[0] : body;
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (body != null || method.equals("POST")) {
            all.put("Content-Length", String.valueOf(content.length));
        }
        return Generator.concat(ascii(method + " " + target + " HTTP/1.1" + eol + lines(all, null, eol)), content);
    }

    /** The request with the headers as given: the framing is the case. */
    private static byte[] head(String method, String target, Map<String, String> headers, byte[] body) {
        return Generator.concat(ascii(method + " " + target + " HTTP/1.1\r\n" + lines(headers, null, "\r\n")), body);
    }

    private static String lines(Map<String, String> headers, byte[] body, String eol) {
        StringBuilder lines = new StringBuilder();
        headers.forEach((name, value) ->
                lines.append(name).append(value == null ? "" : ": " + value).append(eol));
        if (body != null) {
            lines.append("Content-Length: ").append(body.length).append(eol);
        }
        return lines.append(eol).toString();
    }

    private static byte[] chunked(int size, byte[] body) {
        byte[] chunk = ascii(" ".repeat(4_096));
        List<byte[]> parts = new ArrayList<>();
        parts.add(ascii(Integer.toHexString(body.length) + "\r\n"));
        parts.add(body);
        parts.add(ascii("\r\n"));
        for (int sent = body.length; sent < size; sent += chunk.length) {
            parts.add(ascii(Integer.toHexString(chunk.length) + "\r\n"));
            parts.add(chunk);
            parts.add(ascii("\r\n"));
        }
        parts.add(ascii("0\r\n\r\n"));
        return Generator.concat(parts.toArray(byte[][]::new));
    }

    /** The target with {@code odd} in the middle of its first id, or at the end of its path when it has none. */
    private static String inId(String target, String odd) {
        Matcher id = ID.matcher(target);
        if (id.find()) {
            return target.substring(0, id.start() + 8) + odd + target.substring(id.start() + 8);
        }
        String path = target.split("\\?")[0];
        return path + odd + target.substring(path.length());
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return changed;
    }

    private static Attempt raw(Attempt valid, String category, String label, byte[] wire) {
        return new Attempt(
                valid.operation(),
                valid.caller(),
                category,
                label,
                valid.method(),
                valid.target(),
                valid.headers(),
                valid.body(),
                wire,
                false);
    }

    private static String printable(String text) {
        return text.chars()
                .mapToObj(c -> c < 0x21 || c > 0x7E ? "\\x%02X".formatted(c) : String.valueOf((char) c))
                .reduce("", String::concat);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
