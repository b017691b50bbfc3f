package dev.copydesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * One request and its answer, over Jetty's core API: the path, parameters and a body read within
 * the limit; and one response, written once. Handlers use this instead of Jetty's types.
 */
final class Exchange {
    static final ObjectMapper JSON = new ObjectMapper();

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long maxBodyBytes;
    private int status;
    private long written;
    /** The body once read: a stream is read once, and both the token check and the handler may want it. */
    private byte[] body;

    Exchange(Request request, Response response, Callback callback, long maxBodyBytes) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.maxBodyBytes = maxBodyBytes;
    }

    String method() {
        return request.getMethod();
    }

    String path() {
        return Request.getPathInContext(request);
    }

    String header(String name) {
        return request.getHeaders().get(name);
    }

    void setHeader(String name, String value) {
        response.getHeaders().put(name, value);
    }

    int status() {
        return status;
    }

    long written() {
        return written;
    }

    /**
     * The request body, refused (413) before it is read when its declared length is over the
     * limit, and as soon as the limit is passed when it declares none.
     */
    byte[] body() throws HttpError {
        if (body == null) {
            body = readBody();
        }
        return body;
    }

    private byte[] readBody() throws HttpError {
        long declared = request.getLength();
        if (declared > maxBodyBytes) {
            throw tooLarge();
        }
        try (InputStream in = Request.asInputStream(request)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBodyBytes + 1));
            if (bytes.length > maxBodyBytes) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw HttpError.badRequest("the request body could not be read");
        }
    }

    private HttpError tooLarge() {
        return new HttpError(413, "the request body is over the server's limit of " + maxBodyBytes + " bytes");
    }

    /** The body as JSON; a 400 naming the problem when it is not. */
    JsonNode jsonBody() throws HttpError {
        try {
            JsonNode node = JSON.readTree(body());
            if (node == null || !node.isObject()) {
                throw HttpError.badRequest("the body must be a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw HttpError.badRequest("the body is not valid JSON");
        }
    }

    /**
     * Parameters as LanguageTool's server reads them: the body (for POST) as URL-encoded UTF-8
     * whatever its declared type, then the query string, which wins; a repeated name keeps its
     * last value.
     */
    Map<String, String> parameters() throws HttpError {
        Map<String, String> parameters = new HashMap<>();
        if ("POST".equals(method())) {
            parseForm(new String(body(), StandardCharsets.UTF_8), parameters);
        }
        Fields query;
        try {
            query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw HttpError.badRequest("the query string could not be decoded");
        }
        for (Fields.Field field : query) {
            parameters.put(field.getName(), field.getValues().get(field.getValues().size() - 1));
        }
        return parameters;
    }

    static void parseForm(String form, Map<String, String> into) throws HttpError {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            if (equals < 0) {
                continue;
            }
            try {
                into.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest("the form data could not be decoded");
            }
        }
    }

    void json(int code, JsonNode node) {
        try {
            send(code, "application/json", JSON.writeValueAsBytes(node));
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    void text(int code, String contentType, String text) {
        send(code, contentType, text.getBytes(StandardCharsets.UTF_8));
    }

    void send(int code, String contentType, byte[] body) {
        status = code;
        written = body.length;
        response.setStatus(code);
        if (contentType != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, Long.toString(body.length));
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** An answer with no body (204 to a preflight, say). */
    void empty(int code) {
        status = code;
        response.setStatus(code);
        response.write(true, null, callback);
    }
}
