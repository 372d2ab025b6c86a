package org.masthead.discussion;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The discussion's secret, made on the first start and kept in the database so that every node
 * shares it: it signs guests' passes and the time a form was shown, and keys the hashes of network
 * addresses (so that no address is stored, and none can be found again by hashing them all).
 */
@Repository
class DiscussionKeys {

    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] secret;

    DiscussionKeys(JdbcClient jdbc, TransactionTemplate transaction) {
        String stored = transaction.execute(status -> {
            String existing = jdbc.sql("SELECT secret FROM discussion_keys WHERE id = 1").query(String.class)
                    .optional().orElse(null);
            if (existing != null) {
                return existing;
            }
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            String made = BASE64.encodeToString(fresh);
            jdbc.sql("INSERT INTO discussion_keys (id, secret) VALUES (1, :secret) ON CONFLICT (id) DO NOTHING")
                    .param("secret", made).update();
            return jdbc.sql("SELECT secret FROM discussion_keys WHERE id = 1").query(String.class).single();
        });
        this.secret = Base64.getUrlDecoder().decode(stored);
    }

    /** A signature of the text under the secret, for a cookie or a form field. */
    String sign(String text) {
        return BASE64.encodeToString(mac(text)).substring(0, 22);
    }

    /** Whether the signature is this secret's for that text, compared in constant time. */
    boolean signed(String text, String signature) {
        return signature != null && MessageDigest.isEqual(sign(text).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** A network address as a keyed hash: the same address always gives the same, and the hash gives no address. */
    String hashAddress(String address) {
        return sign("address:" + address);
    }

    private byte[] mac(String text) {
        return macs.get().doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    /** One keyed MAC per thread: every request signs or checks a few things, and making one costs more than using it. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
