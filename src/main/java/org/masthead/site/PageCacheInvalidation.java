package org.masthead.site;

import org.masthead.publishing.ArticleChanged;
import org.masthead.publishing.PublicationChanged;
import org.masthead.publishing.TaxonomyChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Drops cached pages once a change is committed — not before, or a reader arriving in between
 * would put the old page right back.
 */
@Component
class PageCacheInvalidation {

    private final PageCache cache;

    PageCacheInvalidation(PageCache cache) {
        this.cache = cache;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleChanged changed) {
        cache.invalidate(changed.topics());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(TaxonomyChanged changed) {
        cache.invalidate(changed.topics());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PublicationChanged changed) {
        cache.invalidateAll();
    }
}
