package org.masthead.site;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.masthead.pages.ChromeSlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The slots above the masthead, rendered once per change rather than once per page. Every page
 * carries the slots' HTML between two markers; the page cache keeps what is around them and
 * stitches the current slots in as it serves a page, so a change to a slot (a donation moving the
 * funding bar) costs one rendering and no cached page. A burst of changes is rendered at most once
 * per {@code masthead.page-cache.slot-refresh}.
 */
@Component
class ChromeSlots {

    static final String START = "<!--chrome-slot-->";
    static final String END = "<!--/chrome-slot-->";

    private static final Logger log = LoggerFactory.getLogger(ChromeSlots.class);

    /** The slots' HTML between the markers, and which rendering it is. */
    record Rendered(String html, long version) {
    }

    private final List<ChromeSlot> slots;
    private final Set<String> topics;
    private final AtomicBoolean stale = new AtomicBoolean(true);
    private volatile Rendered current;

    ChromeSlots(List<ChromeSlot> slots) {
        this.slots = slots.stream().sorted(Comparator.comparingInt(ChromeSlot::order)).toList();
        this.topics = slots.stream().map(ChromeSlot::topic).collect(Collectors.toUnmodifiableSet());
    }

    /** The slots as they read now, between their markers; empty when no module fills one. */
    String html() {
        return rendered().html();
    }

    Rendered rendered() {
        Rendered now = current;
        if (now == null) {
            synchronized (this) {
                if (current == null) {
                    render();
                }
                now = current;
            }
        }
        return now;
    }

    /**
     * Notes a change; slots showing any of these topics are rendered again at the next refresh.
     *
     * @return the topics that belong to pages rather than to a slot
     */
    Set<String> changed(Set<String> changed) {
        Set<String> pages = new HashSet<>(changed);
        if (pages.removeAll(topics)) {
            stale.set(true);
        }
        return pages;
    }

    /** Every slot, at the next refresh: for changes that every page shows. */
    void changedEverywhere() {
        stale.set(true);
    }

    @Scheduled(fixedDelayString = "${masthead.page-cache.slot-refresh}", initialDelayString = "${masthead.page-cache.slot-refresh}")
    void refresh() {
        if (!slots.isEmpty() && stale.getAndSet(false)) {
            synchronized (this) {
                render();
            }
        }
    }

    private void render() {
        stale.set(false);
        long version = current == null ? 1 : current.version() + 1;
        if (slots.isEmpty()) {
            current = new Rendered("", version);
            return;
        }
        StringBuilder html = new StringBuilder(START);
        for (ChromeSlot slot : slots) {
            try {
                html.append(slot.render());
            }
            catch (RuntimeException e) {
                // One module's failure must not take the chrome of every page with it.
                log.error("The chrome slot {} could not be rendered; it is left out", slot.getClass().getName(), e);
            }
        }
        current = new Rendered(html.append(END).toString(), version);
    }
}
