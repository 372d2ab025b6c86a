package org.masthead.discussion;

import org.masthead.pages.NodeChannel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How news of an approved comment reaches every node's open pages. On SQLite (one node) it is handed
 * over in the process once the approval commits. On PostgreSQL the approval sends a message on a
 * {@link NodeChannel} in its own transaction, and every node listens, so readers on any node hear of
 * comments posted on any other. A node that (re)connects catches up every open page, since what was
 * sent while it was not listening never reaches it.
 */
@Component
class LiveNews {

    private final LiveComments live;
    private final JdbcClient jdbc;
    private final NodeChannel channel;

    LiveNews(LiveComments live, JdbcClient jdbc, @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String user, @Value("${spring.datasource.password:}") String password) {
        this.live = live;
        this.jdbc = jdbc;
        this.channel = NodeChannel.available(url) ? new NodeChannel("masthead_comments", url, user, password,
                article -> live.approved(Long.parseLong(article)), live::mayHaveMissed) : null;
    }

    /** In the approving transaction: sent to every node when, and only if, it commits. */
    @EventListener
    void during(CommentApproved approved) {
        if (channel != null) {
            channel.send(jdbc, Long.toString(approved.articleId()));
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void after(CommentApproved approved) {
        if (channel == null) {
            live.approved(approved.articleId());
        }
    }

    /** Listening while the application runs; none on SQLite, which has one node. */
    @Bean
    NodeChannel commentChannel() {
        return channel;
    }
}
