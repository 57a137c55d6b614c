package org.promisetracker.app.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests no well-behaved client would send (the JDK's
 * HttpClient normalises or refuses them): raw request lines, broken headers, lying lengths.
 * Every exchange is one connection, closed after the answer.
 */
final class RawHttp {

    /** What came back; {@code status} is 0 when the server closed without answering. */
    record Answer(int status, Map<String, String> headers, String body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** Sends {@code head} (request line and headers, CRLF separated, without the blank line) and {@code body}. */
    Answer send(String head, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(body);
        return exchange(request.toByteArray());
    }

    /** Sends {@code request} byte for byte, line endings and all, and reads the answer. */
    Answer exchange(byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // the server may answer and close before it has read everything (a huge header): read what it said
            }
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                if (complete(out.toByteArray())) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // a reset after the answer, or no answer at all: what arrived is what we judge
        }
        return out.toByteArray();
    }

    /** True once a full answer with a Content-Length (or a final chunk) has arrived, so keep-alive does not stall us. */
    private static boolean complete(byte[] bytes) {
        bytes = withoutInterim(bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        Map<String, String> headers = headers(text.substring(0, end));
        String length = headers.get("content-length");
        if (length != null) {
            return bytes.length - (end + 4) >= Long.parseLong(length.trim());
        }
        if ("chunked"
                .equalsIgnoreCase(headers.getOrDefault("transfer-encoding", "").trim())) {
            return text.endsWith("0\r\n\r\n");
        }
        return false;
    }

    private static Answer parse(byte[] bytes) {
        bytes = withoutInterim(bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!text.startsWith("HTTP/") || end < 0) {
            return new Answer(0, Map.of(), text);
        }
        String head = text.substring(0, end);
        int status = Integer.parseInt(head.substring(9, 12));
        Map<String, String> headers = headers(head);
        byte[] body = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if ("chunked"
                .equalsIgnoreCase(headers.getOrDefault("transfer-encoding", "").trim())) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    /** The answer after any interim 1xx ones (a 100 Continue to an Expect header). */
    private static byte[] withoutInterim(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end;
        while (text.matches("(?s)HTTP/1\\.[01] 1\\d\\d.*") && (end = text.indexOf("\r\n\r\n")) >= 0) {
            text = text.substring(end + 4);
        }
        return bytes.length == text.length()
                ? bytes
                : java.util.Arrays.copyOfRange(bytes, bytes.length - text.length(), bytes.length);
    }

    private static Map<String, String> headers(String head) {
        Map<String, String> headers = new LinkedHashMap<>();
        String[] lines = head.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(
                        lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
        }
        return headers;
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            if (lineEnd + 1 >= chunked.length) {
                break;
            }
            int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).trim(), 16);
            if (size == 0) {
                break;
            }
            body.write(chunked, lineEnd + 2, Math.min(size, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + size + 2;
        }
        return body.toByteArray();
    }
}
