package org.masthead;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Requests sent at the same moment, as a crowd sends them, and what came back for each. */
public final class Bursts {

    private Bursts() {
    }

    /** What one request got: an answer, or the reason there was none (a dropped connection, say). */
    public record Answer(int status, String body, Map<String, List<String>> headers, String failure) {

        public String header(String name) {
            return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name))
                    .flatMap(h -> h.getValue().stream()).findFirst().orElse(null);
        }

        public String location() {
            String location = header("Location");
            return location == null ? "" : location;
        }
    }

    /** A form posted to the application on this port, from the client a trusted proxy names. */
    public static HttpRequest form(int port, String path, String client, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(URLEncoder.encode(fields[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
        }
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Origin", "http://127.0.0.1:" + port)
                .header("X-Forwarded-For", client).POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
    }

    public static Answer send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().map(), null);
        }
        catch (Exception e) {
            return new Answer(-1, "", Map.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Sends them all at once, from as many threads, and waits for every answer. */
    public static List<Answer> atOnce(HttpClient client, List<HttpRequest> requests) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Answer>> answers = new ArrayList<>();
            for (HttpRequest request : requests) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return send(client, request);
                }));
            }
            start.countDown();
            List<Answer> all = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                all.add(answer.get(5, TimeUnit.MINUTES));
            }
            return all;
        }
        finally {
            threads.shutdownNow();
        }
    }

    /** How many answers of each status (or failure) there were, for a message that explains a failed test. */
    public static Map<String, Integer> tally(List<Answer> answers) {
        Map<String, Integer> counts = new TreeMap<>();
        answers.forEach(a -> counts.merge(a.failure() != null ? a.failure() : String.valueOf(a.status()), 1, Integer::sum));
        return counts;
    }
}
