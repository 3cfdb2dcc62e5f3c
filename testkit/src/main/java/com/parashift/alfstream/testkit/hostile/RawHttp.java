package com.parashift.alfstream.testkit.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP/1.1 over a plain socket, so that a case can send what no HTTP client library would: a body shorter than its
 * {@code Content-Length}, bytes that are no UTF-8, raw escapes in the path. One request per connection.
 */
final class RawHttp {

    /** What came back: the status (0 if the server closed without answering) and the body as text. */
    record Response(int status, String body) {
    }

    private static final int TIMEOUT_MILLIS = 60_000;

    private RawHttp() {
    }

    /**
     * @param base          the repository URL, e.g. {@code http://127.0.0.1:8080/alfresco}
     * @param rawPath       the path and query below it, sent as given (already escaped, or deliberately not)
     * @param body          the bytes to send, or {@code null}
     * @param declaredLength the {@code Content-Length} to declare; {@code -1}: the body's real length
     */
    static Response send(URI base, String user, String password, String method, String rawPath, byte[] body,
                         long declaredLength) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            StringBuilder head = new StringBuilder()
                    .append(method).append(' ').append(base.getRawPath()).append(rawPath).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                    .append("Connection: close\r\n");
            if (user != null) {
                head.append("Authorization: Basic ").append(Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8))).append("\r\n");
            }
            if (body != null) {
                head.append("Content-Type: application/json\r\n")
                        .append("Content-Length: ").append(declaredLength < 0 ? body.length : declaredLength).append("\r\n");
            }
            head.append("\r\n");
            try {
                out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
                socket.shutdownOutput();
            } catch (IOException e) {
                // the server may answer and close before it read everything (a body too large): read what it said
            }
            return read(socket.getInputStream());
        }
    }

    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            in.transferTo(all);
        } catch (IOException e) {
            // a reset after the answer was written: keep what arrived
        }
        String text = all.toString(StandardCharsets.UTF_8);
        if (!text.startsWith("HTTP/1.")) {
            return new Response(0, text);
        }
        int status = Integer.parseInt(text.substring(9, 12));
        int bodyStart = text.indexOf("\r\n\r\n");
        return new Response(status, bodyStart < 0 ? "" : text.substring(bodyStart + 4));
    }
}
