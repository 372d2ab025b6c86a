package org.masthead.discussion;

import java.util.Collection;
import java.util.Map;
import org.masthead.publishing.ArticleTally;
import org.springframework.stereotype.Component;

/** The number of comments on every article card: "3 comments", leading to them. */
@Component
class CommentTally implements ArticleTally {

    private final CommentRepository comments;

    CommentTally(CommentRepository comments) {
        this.comments = comments;
    }

    @Override
    public Map<Long, Long> counts(Collection<Long> articleIds) {
        return comments.counts(articleIds);
    }

    @Override
    public String label(long count) {
        return count == 0 ? null : count == 1 ? "1 comment" : count + " comments";
    }

    @Override
    public String anchor() {
        return "#comments";
    }
}
