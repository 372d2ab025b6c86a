package org.masthead.discussion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.masthead.publishing.Publishing;
import org.springframework.stereotype.Component;

/**
 * An article's words (headline, standfirst, body) normalized as quotes are, to tell whether a
 * quoted passage is in them. Kept beside the text they came from and made again only when it
 * differs, so a page showing comments on passages does not normalize the article each time.
 */
@Component
class ArticleWords {

    private record Kept(Publishing.Text text, String normalized) {
    }

    private final Publishing publishing;
    private final Cache<Long, Kept> kept = Caffeine.newBuilder()
            .maximumWeight(4L << 20)
            .weigher((Long id, Kept k) -> 2 * k.normalized().length() + 256)
            .build();

    ArticleWords(Publishing publishing) {
        this.publishing = publishing;
    }

    /** The article's words, normalized; empty when there is no such article. */
    String normalized(long articleId) {
        Publishing.Text text = publishing.text(articleId).orElse(null);
        if (text == null) {
            return "";
        }
        Kept k = kept.getIfPresent(articleId);
        if (k == null || !k.text().equals(text)) {
            k = new Kept(text, Passages.normalized(text.headline() + "\n" + text.standfirst() + "\n" + text.body()));
            kept.put(articleId, k);
        }
        return k.normalized();
    }
}
