package org.masthead.site;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rendered pages for anonymous readers, kept in memory by address. Each page remembers the topics
 * it shows, so that a change drops exactly the pages it affects and nothing else.
 */
@Component
class PageCache {

    /**
     * A rendered page ready to be written again.
     *
     * @param headers response headers of the original rendering worth repeating (security headers, language)
     */
    record Page(byte[] body, byte[] gzipped, String contentType, String etag, long lastModified,
            Map<String, List<String>> headers, Set<String> topics) {

        int weight() {
            return body.length + (gzipped == null ? 0 : gzipped.length) + 512;
        }
    }

    private final Cache<String, Page> pages;
    /** Counts invalidations, so that a page rendered before one is never stored after it. */
    private final AtomicLong generation = new AtomicLong();

    PageCache(@Value("${masthead.page-cache.max-bytes}") long maxBytes) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Page page) -> page.weight())
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

    /** Stores the page unless something was invalidated since its rendering began at {@code renderedAt}. */
    void put(String key, Page page, long renderedAt) {
        if (generation.get() == renderedAt) {
            pages.put(key, page);
            if (generation.get() != renderedAt) {
                pages.invalidate(key);
            }
        }
    }

    void invalidate(Set<String> topics) {
        generation.incrementAndGet();
        pages.asMap().entrySet().removeIf(e -> !Collections.disjoint(e.getValue().topics(), topics));
    }

    void invalidateAll() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    long size() {
        return pages.estimatedSize();
    }
}
