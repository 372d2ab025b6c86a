package org.masthead.moderation;

import org.masthead.pages.NodeChannel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every node that the rules or the bans changed, so each reads them again. On PostgreSQL the
 * message goes on a {@link NodeChannel} with the change's commit; on SQLite there is one node, told
 * after the commit. A node that (re)connects reads both again, as it may have missed a message.
 */
@Component
class ModerationChanges {

    private final RuleBook book;
    private final BanBook bans;
    private final JdbcClient jdbc;
    private final NodeChannel channel;

    ModerationChanges(RuleBook book, BanBook bans, JdbcClient jdbc, @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String user, @Value("${spring.datasource.password:}") String password) {
        this.book = book;
        this.bans = bans;
        this.jdbc = jdbc;
        this.channel = NodeChannel.available(url)
                ? new NodeChannel("masthead_moderation", url, user, password, message -> forget(), this::forget) : null;
    }

    private void forget() {
        book.forget();
        bans.forget();
    }

    /** Called inside the transaction that changed the rules or the bans. */
    void changed() {
        if (channel != null) {
            channel.send(jdbc, "rules");
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget();
                }
            });
        }
        else {
            forget();
        }
    }

    /** Listening while the application runs; none on SQLite, which has one node. */
    @Bean
    NodeChannel moderationChannel() {
        return channel;
    }
}
