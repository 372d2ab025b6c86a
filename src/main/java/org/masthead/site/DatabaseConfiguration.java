package org.masthead.site;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The transactions of the database in use: one writer at a time for SQLite ({@link WriteTransactions}),
 * the database's own concurrency for PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource, @Value("${spring.datasource.url}") String url,
            @Value("${masthead.database.write-wait}") Duration writeWait) {
        return url.startsWith("jdbc:sqlite:") ? new WriteTransactions(dataSource, writeWait)
                : new JdbcTransactionManager(dataSource);
    }
}
