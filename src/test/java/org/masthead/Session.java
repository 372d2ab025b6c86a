package org.masthead;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A person's browser session for tests: keeps cookies, follows no redirects, and fills in the
 * CSRF token from the page a form came from, as a browser would.
 */
public final class Session {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String csrf = "";

    public Session(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    /** Signs in through the form and says whether it worked. */
    public boolean signIn(String email, String password) {
        get("/signin");
        HttpResponse<String> response = post("/signin", "username", email, "password", password);
        return response.statusCode() == 302 && !response.headers().firstValue("Location").orElse("").contains("/signin");
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        lastPage = response.body();
        Element token = Jsoup.parse(response.body()).selectFirst("input[name=_csrf]");
        if (token != null) {
            csrf = token.attr("value");
        }
        return response;
    }

    /** Posts a form with the session's CSRF token; fields come as name, value pairs. */
    public HttpResponse<String> post(String path, String... fields) {
        List<String> all = new ArrayList<>(List.of(fields));
        all.add("_csrf");
        all.add(csrf);
        return postRaw(path, all.toArray(String[]::new));
    }

    /** Posts exactly these fields, with no CSRF token added. */
    public HttpResponse<String> postRaw(String path, String... fields) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
        }
        // A browser names where a form was posted from; pages with no session rely on it.
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Origin", base)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(pairs.stream().collect(Collectors.joining("&")))));
    }

    /**
     * Posts a file as a browser's form would (multipart), with the session's CSRF token and these
     * other fields as name, value pairs.
     */
    public HttpResponse<String> upload(String path, String field, String fileName, byte[] content, String... fields) {
        String boundary = "----masthead" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of(fields));
        all.add("_csrf");
        all.add(csrf);
        for (int i = 0; i + 1 < all.size(); i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + all.get(i) + "\"\r\n\r\n"
                    + all.get(i + 1) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Origin", base)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** A plain JPEG of this size, as a camera would send one. */
    public static byte[] jpeg(int width, int height) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(width, height,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.BLUE, width, height, java.awt.Color.ORANGE));
        g.fillRect(0, 0, width, height);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "jpeg", out);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The value of a hidden field of the last page read (such as the time a comment form was shown). */
    public String field(String name) {
        return lastPage == null ? null : java.util.Optional.ofNullable(Jsoup.parse(lastPage).selectFirst("input[name=" + name + "]"))
                .map(e -> e.attr("value")).orElse(null);
    }

    private String lastPage;

    /** The CSRF token from the last page with a form, as a script would send it in a header. */
    public String csrfToken() {
        return csrf;
    }

    /** The value of a cookie the site set in this session, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Says, on every request from now on, that it comes from this address, as a proxy in front of
     * the site would (and as anyone can, to a site that believes every proxy).
     */
    public Session from(String forwardedFor) {
        this.forwardedFor = forwardedFor;
        return this;
    }

    private String forwardedFor;

    /** Sends a request built by the test, with this session's cookies. */
    public HttpResponse<String> send(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.setHeader("X-Forwarded-For", forwardedFor);
        }
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
