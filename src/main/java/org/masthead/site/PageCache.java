package org.masthead.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.zip.GZIPOutputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rendered pages for anonymous readers, kept in memory by address. Each page remembers the topics
 * it shows, so that a change drops exactly the pages it affects and nothing else.
 */
@Component
class PageCache {

    private static final int SMALLEST_WORTH_COMPRESSING = 1024;
    private static final byte[] START = ChromeSlots.START.getBytes(StandardCharsets.UTF_8);
    private static final byte[] END = ChromeSlots.END.getBytes(StandardCharsets.UTF_8);

    /**
     * A rendered page ready to be written again. A page with the chrome slots keeps what is before
     * and after them and is put together again, once, whenever the slots change.
     *
     * @param headers response headers of the original rendering worth repeating (security headers, language)
     */
    static final class Page {

        private final byte[] before;
        private final byte[] after;
        final String contentType;
        final Map<String, List<String>> headers;
        final Set<String> topics;
        private volatile Body body;
        /** Outdated by a change that lets it be served until a new rendering replaces it. */
        private volatile boolean stale;
        /** When the one request rendering its replacement began (epoch ms), or 0. */
        private final java.util.concurrent.atomic.AtomicLong refreshing = new java.util.concurrent.atomic.AtomicLong();

        /** The bytes as served, for one rendering of the slots. */
        record Body(long slotVersion, byte[] plain, byte[] gzipped, String etag, long lastModified) {
        }

        Page(byte[] rendered, String contentType, Map<String, List<String>> headers, Set<String> topics) {
            int start = indexOf(rendered, START, 0);
            int end = start < 0 ? -1 : indexOf(rendered, END, start);
            if (end < 0) {
                this.before = rendered;
                this.after = null;
                this.body = body(0, rendered);
            }
            else {
                this.before = java.util.Arrays.copyOfRange(rendered, 0, start);
                this.after = java.util.Arrays.copyOfRange(rendered, end + END.length, rendered.length);
            }
            this.contentType = contentType;
            this.headers = headers;
            this.topics = topics;
        }

        /** The page as it reads with the slots as they are now. */
        Body body(ChromeSlots.Rendered slots) {
            Body current = body;
            if (after == null || (current != null && current.slotVersion() == slots.version())) {
                return current;
            }
            byte[] html = slots.html().getBytes(StandardCharsets.UTF_8);
            byte[] whole = new byte[before.length + html.length + after.length];
            System.arraycopy(before, 0, whole, 0, before.length);
            System.arraycopy(html, 0, whole, before.length, html.length);
            System.arraycopy(after, 0, whole, before.length + html.length, after.length);
            current = body(slots.version(), whole);
            body = current;
            return current;
        }

        boolean isStale() {
            return stale;
        }

        /**
         * Whether the caller is the one to render this stale page again; everyone else serves it as it
         * is meanwhile. A claim older than {@link #REFRESH_CLAIM} is given to the next request, in
         * case the rendering that held it never finished.
         */
        boolean claimRefresh(long now) {
            long since = refreshing.get();
            return (since == 0 || now - since > REFRESH_CLAIM.toMillis()) && refreshing.compareAndSet(since, now);
        }

        /** The rendering that claimed the refresh stored nothing: the next request may try. */
        void releaseRefresh() {
            refreshing.set(0);
        }

        int weight() {
            return 2 * (before.length + (after == null ? 0 : after.length)) + 1024;
        }

        private static Body body(long slotVersion, byte[] plain) {
            return new Body(slotVersion, plain, plain.length >= SMALLEST_WORTH_COMPRESSING ? gzip(plain) : null,
                    etag(plain), System.currentTimeMillis() / 1000 * 1000);
        }
    }

    private final Cache<String, Page> pages;
    /** Counts invalidations, so that a page rendered before one of its topics changed is never stored after. */
    private final AtomicLong generation = new AtomicLong();
    /**
     * The generation at which each topic last changed. A page being rendered is thrown away only when
     * one of its own topics changed meanwhile: a storm of comments under one article must not discard
     * every other page rendered at the same time. One entry per topic changed lately (articles, tags,
     * authors), about a hundred bytes each; old ones are forgotten ({@link #forgetOldChanges}).
     */
    private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
    private final AtomicLong everythingChangedAt = new AtomicLong();
    /** Changes up to this generation are forgotten: a rendering begun before it is never stored. */
    private final AtomicLong forgottenUpTo = new AtomicLong();
    /** When old changes were last looked for, and the generation then. */
    private record Look(long millis, long generation) {
    }

    private volatile Look lastLook = new Look(0, 0);
    private final LongSupplier millis;

    /** Topics whose changes are remembered before the old ones are looked for. */
    static final int TOPICS_REMEMBERED = 4_096;
    /** How old a change must be to be forgotten: far longer than any rendering takes. */
    static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(1);

    @Autowired
    PageCache(@Value("${masthead.page-cache.max-bytes}") long maxBytes) {
        this(maxBytes, System::currentTimeMillis);
    }

    PageCache(long maxBytes, LongSupplier millis) {
        this.millis = millis;
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                // The key is kept too: a Java string costs about two bytes a character.
                .weigher((String key, Page page) -> page.weight() + 2 * key.length())
                // A safety net only: changes invalidate pages long before this.
                .expireAfterWrite(Duration.ofHours(6))
                .build();
    }

    Page get(String key) {
        return pages.getIfPresent(key);
    }

    long generation() {
        return generation.get();
    }

    /** Longer keys are not kept: no page of this site needs one, and they would only crowd out the rest. */
    static final int LONGEST_KEY = 512;
    static final Duration REFRESH_CLAIM = Duration.ofSeconds(10);

    /**
     * Stores the page unless something was invalidated since its rendering began at {@code renderedAt}.
     *
     * @return whether it was stored
     */
    boolean put(String key, Page page, long renderedAt) {
        if (key.length() > LONGEST_KEY || changedSince(page.topics, renderedAt)) {
            return false;
        }
        pages.put(key, page);
        // A change that came between the check and the put may have looked for this page before it was there.
        if (changedSince(page.topics, renderedAt)) {
            pages.asMap().remove(key, page); // only this one: a newer rendering may have taken its place
            return false;
        }
        return true;
    }

    private boolean changedSince(Set<String> topics, long renderedAt) {
        if (everythingChangedAt.get() > renderedAt || forgottenUpTo.get() > renderedAt) {
            return true;
        }
        for (String topic : topics) {
            if (changedAt.getOrDefault(topic, 0L) > renderedAt) {
                return true;
            }
        }
        return false;
    }

    /** Records the change before any page is looked at, so that a rendering stored after it sees it. */
    private void changed(Set<String> topics) {
        long now = generation.incrementAndGet();
        topics.forEach(topic -> changedAt.merge(topic, now, Math::max));
        forgetOldChanges();
    }

    /**
     * Once many topics have changed, forgets the changes made before the last look, a minute or more
     * ago: only a rendering begun before them could need them, and such a rendering is not stored.
     */
    private void forgetOldChanges() {
        Look last = lastLook;
        long now = millis.getAsLong();
        if (changedAt.size() <= TOPICS_REMEMBERED || now - last.millis() < FORGOTTEN_AFTER.toMillis()) {
            return;
        }
        lastLook = new Look(now, generation.get());
        long upTo = last.generation();
        forgottenUpTo.accumulateAndGet(upTo, Math::max);
        changedAt.values().removeIf(changed -> changed <= upTo);
    }

    /** How many topics' changes are remembered; for tests. */
    int topicsRemembered() {
        return changedAt.size();
    }

    /**
     * Marks the pages that show these topics stale: each is served as it is until one request has
     * rendered it again. A burst of changes costs one rendering per page, not one per reader.
     */
    void markStale(Set<String> topics) {
        changed(topics);
        pages.asMap().values().forEach(page -> {
            if (!Collections.disjoint(page.topics, topics)) {
                page.stale = true;
            }
        });
    }

    void invalidate(Set<String> topics) {
        changed(topics);
        pages.asMap().entrySet().removeIf(e -> !Collections.disjoint(e.getValue().topics, topics));
    }

    void invalidateAll() {
        // Two at once (a request, and a message from another node) must not set it back.
        everythingChangedAt.accumulateAndGet(generation.incrementAndGet(), Math::max);
        pages.invalidateAll();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
