package org.masthead.moderation;

import org.masthead.pages.NodeChannel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every node that the rules changed, so each reads them again. On PostgreSQL the message goes
 * on a {@link NodeChannel} with the change's commit; on SQLite there is one node, told after the commit.
 */
@Component
class RuleChanges {

    private final RuleBook book;
    private final JdbcClient jdbc;
    private final NodeChannel channel;

    RuleChanges(RuleBook book, JdbcClient jdbc, @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String user, @Value("${spring.datasource.password:}") String password) {
        this.book = book;
        this.jdbc = jdbc;
        this.channel = NodeChannel.available(url)
                ? new NodeChannel("masthead_moderation", url, user, password, message -> book.forget(), book::forget) : null;
    }

    /** Called inside the transaction that changed the rules. */
    void changed() {
        if (channel != null) {
            channel.send(jdbc, "rules");
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    book.forget();
                }
            });
        }
        else {
            book.forget();
        }
    }

    /** Listening while the application runs; none on SQLite, which has one node. */
    @Bean
    NodeChannel moderationChannel() {
        return channel;
    }
}
