package org.masthead.site;

import java.util.Set;
import org.masthead.pages.PagesChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops cached pages once a change is committed — not before, or a reader arriving in between
 * would put the old page right back. Topics that belong to a chrome slot refresh the slot instead:
 * the pages stay, and get the slot's new content stitched in as they are served.
 */
@Component
class PageCacheInvalidation {

    private final PageCache cache;
    private final ChromeSlots slots;

    PageCacheInvalidation(PageCache cache, ChromeSlots slots) {
        this.cache = cache;
        this.slots = slots;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PagesChanged changed) {
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
}
