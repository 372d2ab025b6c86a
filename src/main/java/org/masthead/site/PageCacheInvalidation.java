package org.masthead.site;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.masthead.pages.NodeChannel;
import org.masthead.pages.PageTopics;
import org.masthead.pages.PagesChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops cached pages once a change is committed — not before, or a reader arriving in between
 * would put the old page right back. Topics that belong to a chrome slot refresh the slot instead:
 * the pages stay, and get the slot's new content stitched in as they are served.
 *
 * <p>On PostgreSQL there may be several nodes, each with pages of its own in memory: the change is
 * also sent on a {@link NodeChannel} inside the changing transaction, and every other node drops its
 * pages when the message arrives (this node already has). A node that starts, or again, listening drops
 * every page it has, since what was sent meanwhile never reaches it.
 */
@Component
class PageCacheInvalidation {

    private final PageCache cache;
    private final ChromeSlots slots;
    private final JdbcClient jdbc;
    private final NodeChannel channel;
    private final String node = UUID.randomUUID().toString();

    PageCacheInvalidation(PageCache cache, ChromeSlots slots, JdbcClient jdbc,
            @Value("${spring.datasource.url}") String url, @Value("${spring.datasource.username:}") String user,
            @Value("${spring.datasource.password:}") String password) {
        this.cache = cache;
        this.slots = slots;
        this.jdbc = jdbc;
        this.channel = NodeChannel.available(url)
                ? new NodeChannel("masthead_pages", url, user, password, this::received, this::listening) : null;
    }

    @EventListener
    void during(PagesChanged changed) {
        if (channel != null && !changed.topics().isEmpty()) {
            channel.send(jdbc, message(node, changed));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PagesChanged changed) {
        apply(changed);
    }

    /** Changes sent while this node did not listen never reach it: it keeps no page from before. */
    private void listening() {
        cache.invalidateAll();
        slots.changedEverywhere();
    }

    private void received(String message) {
        if (!message.startsWith(node + "\n")) {
            apply(read(message));
        }
    }

    private void apply(PagesChanged changed) {
        if (changed.touchesEveryPage()) {
            cache.invalidateAll();
            slots.changedEverywhere();
            return;
        }
        Set<String> pages = slots.changed(changed.topics());
        if (pages.isEmpty()) {
            return;
        }
        if (changed.meanwhile()) {
            cache.markStale(pages);
        }
        else {
            cache.invalidate(pages);
        }
    }

    /** The sending node, whether old pages may be served meanwhile, and the topics: one to a line. */
    static String message(String node, PagesChanged changed) {
        String message = node + "\n" + (changed.meanwhile() ? "refresh" : "drop") + "\n"
                + String.join("\n", changed.topics());
        // Too many topics for one message: every page is dropped rather than some kept out of date.
        return message.getBytes(StandardCharsets.UTF_8).length <= NodeChannel.LONGEST_MESSAGE_BYTES ? message
                : node + "\ndrop\n" + PageTopics.EVERY_PAGE;
    }

    static PagesChanged read(String message) {
        String[] lines = message.split("\n", -1);
        if (lines.length < 3) {
            return PagesChanged.everywhere();
        }
        Set<String> topics = Set.copyOf(Arrays.asList(lines).subList(2, lines.length));
        return new PagesChanged(topics, lines[1].equals("refresh"));
    }

    /** Listening while the application runs; none on SQLite, which has one node. */
    @Bean
    NodeChannel pageChannel() {
        return channel;
    }
}
