package org.masthead.search;

import org.masthead.publishing.ArticleDeleted;
import org.masthead.publishing.ArticlePublished;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.ArticleUpdated;
import org.masthead.publishing.ArticleWithdrawn;
import org.masthead.publishing.Publishing;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with what readers can see. It listens in the transaction of the change,
 * so an article and its index entry are saved, or rolled back, together.
 */
@Component
class SearchIndexing {

    private final SearchIndex index;
    private final Publishing publishing;

    SearchIndexing(SearchIndex index, Publishing publishing) {
        this.index = index;
        this.publishing = publishing;
    }

    @EventListener
    void on(ArticlePublished published) {
        follow(published.article());
    }

    @EventListener
    void on(ArticleUpdated updated) {
        follow(updated.article());
    }

    @EventListener
    void on(ArticleWithdrawn withdrawn) {
        index.remove(withdrawn.article().id());
    }

    @EventListener
    void on(ArticleDeleted deleted) {
        index.remove(deleted.articleId());
    }

    private void follow(ArticleRef article) {
        if (!article.isPublished()) {
            index.remove(article.id());
            return;
        }
        publishing.text(article.id()).ifPresent(text -> index.index(article.id(), article.publishedAt(),
                text.headline(), text.standfirst(), text.body()));
    }
}
