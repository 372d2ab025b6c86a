package org.masthead;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local stand-in for the part of Stripe's API that Masthead calls, speaking its protocol: form-encoded
 * requests with a bearer key and an {@code Idempotency-Key}, JSON answers shaped like Stripe's, and a
 * checkout page for a browser to land on. One for the whole test run, started before the first
 * application context, which points stripe-java at it ({@code masthead.stripe.api-base}).
 */
public final class StripeStandIn {

    public static final String SECRET_KEY = "sk_test_standin_0123456789";
    public static final String WEBHOOK_SECRET = "whsec_standin_0123456789abcdef";

    /** A Checkout Session it opened, with the parameters it was opened with (keys as Stripe spells them). */
    public record Opened(String id, String url, String idempotencyKey, Map<String, String> params) {

        public String metadata(String key) {
            return params.get("metadata[" + key + "]");
        }
    }

    private static final HttpServer SERVER = start();
    private static final AtomicLong NUMBERS = new AtomicLong(1000);
    private static final Map<String, String> ANSWERED = new ConcurrentHashMap<>();
    private static final Map<String, Opened> SESSIONS = new ConcurrentHashMap<>();
    private static final Map<String, String> INVOICES_BY_INTENT = new ConcurrentHashMap<>();
    private static final List<String> CANCELLED = Collections.synchronizedList(new ArrayList<>());
    private static volatile boolean down;

    private StripeStandIn() {
    }

    private static HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread thread = new Thread(r, "stripe-stand-in");
                thread.setDaemon(true);
                return thread;
            }));
            server.createContext("/", StripeStandIn::handle);
            server.start();
            return server;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String base() {
        return "http://127.0.0.1:" + SERVER.getAddress().getPort();
    }

    /** The sessions opened so far, in no order. */
    public static Opened session(String id) {
        return SESSIONS.get(id);
    }

    /** The session opened for the checkout at this address. */
    public static Opened sessionAt(String url) {
        return SESSIONS.values().stream().filter(s -> s.url().equals(url)).findFirst().orElseThrow();
    }

    /** How many sessions were opened under this idempotency key: one, however often it is sent. */
    public static long sessionsWithKey(String idempotencyKey) {
        return SESSIONS.values().stream().filter(s -> idempotencyKey.equals(s.idempotencyKey())).count();
    }

    public static long sessionsFor(String donationId) {
        return SESSIONS.values().stream().filter(s -> donationId.equals(s.metadata("donation"))).count();
    }

    /** Makes the list of invoice payments say that this payment intent paid this invoice. */
    public static void intentPaidInvoice(String intentId, String invoiceId) {
        INVOICES_BY_INTENT.put(intentId, invoiceId);
    }

    public static boolean cancelled(String subscriptionId) {
        return CANCELLED.contains(subscriptionId);
    }

    /** While down, every API call is answered 500, as Stripe does in an outage. */
    public static void down(boolean isDown) {
        down = isDown;
    }

    private static void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.startsWith("/checkout/")) {
            answer(exchange, 200, "text/html", "<!DOCTYPE html><title>Checkout</title><h1>Stand-in checkout</h1>");
            return;
        }
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        if (!("Bearer " + SECRET_KEY).equals(auth)) {
            answer(exchange, 401, "application/json", error("invalid_request_error", "Invalid API Key provided."));
            return;
        }
        if (down) {
            answer(exchange, 500, "application/json", error("api_error", "The stand-in is down."));
            return;
        }
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (method.equals("POST") && key != null && ANSWERED.containsKey(key)) {
            answer(exchange, 200, "application/json", ANSWERED.get(key));
            return;
        }
        Map<String, String> params = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String body;
        if (method.equals("POST") && path.equals("/v1/checkout/sessions")) {
            body = openSession(params, key);
        }
        else if (method.equals("DELETE") && path.startsWith("/v1/subscriptions/")) {
            String id = path.substring("/v1/subscriptions/".length());
            CANCELLED.add(id);
            body = "{\"id\":\"" + id + "\",\"object\":\"subscription\",\"status\":\"canceled\",\"metadata\":{}}";
        }
        else if (method.equals("GET") && path.equals("/v1/invoice_payments")) {
            Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
            String intent = query.get("payment[payment_intent]");
            String invoice = INVOICES_BY_INTENT.get(intent);
            String data = invoice == null ? "" : "{\"id\":\"inpay_" + NUMBERS.incrementAndGet()
                    + "\",\"object\":\"invoice_payment\",\"invoice\":\"" + invoice
                    + "\",\"payment\":{\"type\":\"payment_intent\",\"payment_intent\":\"" + intent + "\"}}";
            body = "{\"object\":\"list\",\"url\":\"/v1/invoice_payments\",\"has_more\":false,\"data\":[" + data + "]}";
        }
        else {
            answer(exchange, 404, "application/json", error("invalid_request_error", "Unrecognized request URL."));
            return;
        }
        if (key != null) {
            ANSWERED.put(key, body);
        }
        answer(exchange, 200, "application/json", body);
    }

    private static String openSession(Map<String, String> params, String key) {
        String id = "cs_test_" + NUMBERS.incrementAndGet();
        String url = base() + "/checkout/" + id;
        SESSIONS.put(id, new Opened(id, url, key, Map.copyOf(params)));
        String donation = params.getOrDefault("metadata[donation]", "");
        return "{\"id\":\"" + id + "\",\"object\":\"checkout.session\",\"url\":\"" + url + "\",\"mode\":\""
                + params.get("mode") + "\",\"status\":\"open\",\"payment_status\":\"unpaid\",\"client_reference_id\":\""
                + params.get("client_reference_id") + "\",\"metadata\":{\"donation\":\"" + donation + "\"}}";
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> params = new TreeMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return params;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static String error(String type, String message) {
        return "{\"error\":{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}}";
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        exchange.getResponseHeaders().set("Request-Id", "req_" + NUMBERS.incrementAndGet());
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
