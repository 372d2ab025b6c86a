package org.masthead.funding;

import com.stripe.Stripe;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.masthead.StripeStandIn;

/**
 * Stripe's webhook events, written and signed exactly as Stripe writes and signs them: a JSON event
 * with the account's API version, and a {@code Stripe-Signature} header {@code t=<seconds>,v1=<hex>},
 * where v1 is HMAC-SHA256 under the endpoint's secret of {@code "<t>.<body>"}.
 */
final class SignedEvents {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private SignedEvents() {
    }

    static String newId(String prefix) {
        return prefix + "_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    /** An event around an object, created at {@code createdSeconds}. */
    static String event(String id, String type, long createdSeconds, String objectJson) {
        return """
                {"id":"%s","object":"event","api_version":"%s","created":%d,"livemode":false,"pending_webhooks":1,\
                "request":{"id":null,"idempotency_key":null},"type":"%s","data":{"object":%s}}"""
                .formatted(id, Stripe.API_VERSION, createdSeconds, type, objectJson);
    }

    static String event(String type, String objectJson) {
        return event(newId("evt"), type, System.currentTimeMillis() / 1000, objectJson);
    }

    static String session(String id, String mode, String paymentStatus, String donationId, String intent,
            String invoice, String subscription, String email, String name) {
        return """
                {"id":"%s","object":"checkout.session","mode":"%s","status":"complete","payment_status":"%s",\
                "client_reference_id":"%s","metadata":{"donation":"%s"},"payment_intent":%s,"invoice":%s,\
                "subscription":%s,"customer":"cus_test_1","customer_details":{"email":%s,"name":%s}}"""
                .formatted(id, mode, paymentStatus, donationId, donationId, text(intent), text(invoice),
                        text(subscription), text(email), text(name));
    }

    static String invoice(String id, String billingReason, long amountPaid, String currency, String subscription,
            String donationId, String email, long paidAtSeconds) {
        return """
                {"id":"%s","object":"invoice","billing_reason":"%s","status":"paid","amount_paid":%d,"currency":"%s",\
                "customer":"cus_test_1","customer_email":%s,"customer_name":"Ирина Котова",\
                "status_transitions":{"paid_at":%d},\
                "parent":{"type":"subscription_details","subscription_details":{"subscription":"%s",\
                "metadata":{"donation":"%s"}}}}"""
                .formatted(id, billingReason, amountPaid, currency, text(email), paidAtSeconds, subscription,
                        donationId);
    }

    static String charge(String intent, long amount, long refunded) {
        return """
                {"id":"%s","object":"charge","amount":%d,"amount_refunded":%d,"refunded":%s,"payment_intent":"%s",\
                "currency":"gbp","status":"succeeded"}"""
                .formatted(newId("ch"), amount, refunded, refunded == amount, intent);
    }

    static String subscription(String id, String donationId, long endedAtSeconds) {
        return """
                {"id":"%s","object":"subscription","status":"canceled","ended_at":%d,"metadata":{"donation":"%s"}}"""
                .formatted(id, endedAtSeconds, donationId);
    }

    static String signature(String payload, long timestampSeconds, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] sum = mac.doFinal((timestampSeconds + "." + payload).getBytes(StandardCharsets.UTF_8));
            return "t=" + timestampSeconds + ",v1=" + HexFormat.of().formatHex(sum);
        }
        catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Delivers the event signed now with the account's secret, as Stripe does. */
    static HttpResponse<String> deliver(int port, String payload) {
        return deliver(port, payload, signature(payload, System.currentTimeMillis() / 1000, StripeStandIn.WEBHOOK_SECRET));
    }

    static HttpResponse<String> deliver(int port, String payload, String signatureHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/stripe/webhook"))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Stripe/1.0")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        if (signatureHeader != null) {
            request.header("Stripe-Signature", signatureHeader);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(String value) {
        if (value == null) {
            return "null";
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
