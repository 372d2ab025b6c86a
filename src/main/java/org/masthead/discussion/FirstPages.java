package org.masthead.discussion;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The first page of each article's threads, in each order, as stored: what almost every reading of
 * an article shows. It is kept with the count of changes it was read at and used again while the
 * database's count is the same, so a signed-in reader's page costs one small read instead of four,
 * and a change written on any node is seen at once. Who reads it (their votes, what they may edit)
 * is applied afterwards, per reader.
 */
@Component
class FirstPages {

    /** What a first page is read by. */
    record Key(long articleId, CommentRepository.Order order, boolean inlineOnly) {
    }

    /**
     * The rows of a first page.
     *
     * @param top the page's threads, with one more than a page holds when there is a next page
     * @param lastApproval the last approval when the rows were read: live news continues from it
     */
    record Rows(long changes, long lastApproval, List<StoredComment> top, List<StoredComment> replies,
            List<StoredComment> picks) {

        int weight() {
            int weight = 64;
            for (List<StoredComment> list : List.of(top, replies, picks)) {
                for (StoredComment c : list) {
                    weight += 256 + 2 * (c.bodyHtml().length() + c.bodyMarkdown().length()
                            + (c.quote() == null ? 0 : c.quote().length()));
                }
            }
            return weight;
        }
    }

    /** The editor's picks shown above the threads. */
    static final int MOST_PICKS = 5;

    private final CommentRepository comments;
    private final DiscussionSettings settings;
    private final Cache<Key, Rows> kept = Caffeine.newBuilder()
            .maximumWeight(6L << 20)
            .weigher((Key key, Rows rows) -> rows.weight())
            .build();

    FirstPages(CommentRepository comments, DiscussionSettings settings) {
        this.comments = comments;
        this.settings = settings;
    }

    /** The first page as the database holds it at {@code stamp}, read again only when it has changed since. */
    Rows rows(Key key, CommentRepository.Stamp stamp) {
        Rows rows = kept.getIfPresent(key);
        if (rows != null && rows.changes() == stamp.changes()) {
            return rows;
        }
        // Read after the stamp: a change in between makes these rows newer than the stamp they are
        // kept with, so the next reading finds the stamp moved and reads again; never the reverse.
        long lastApproval = comments.lastApproval(key.articleId());
        List<StoredComment> top = List.copyOf(comments.threads(key.articleId(), key.order(), null,
                settings.threadsPerPage() + 1, key.inlineOnly()));
        List<StoredComment> replies = List.copyOf(comments.replies(shown(top).stream()
                .filter(t -> t.threadReplies() > 0).map(StoredComment::id).toList(), settings.repliesShown()));
        rows = new Rows(stamp.changes(), lastApproval, top, replies,
                List.copyOf(comments.picks(key.articleId(), MOST_PICKS)));
        kept.put(key, rows);
        return rows;
    }

    /** The threads a page shows of those read: all but the one that only tells there is a next page. */
    List<StoredComment> shown(List<StoredComment> top) {
        return top.size() > settings.threadsPerPage() ? top.subList(0, settings.threadsPerPage()) : top;
    }
}
