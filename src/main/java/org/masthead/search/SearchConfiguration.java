package org.masthead.search;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.masthead.publishing.Publishing;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    /** The search engine of the database in use: both sit behind one interface. */
    @Bean
    SearchIndex searchIndex(DataSource dataSource, JdbcClient jdbc, Publishing publishing) throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        if (product.toLowerCase(java.util.Locale.ROOT).contains("postgres")) {
            return new PostgresSearchIndex(jdbc, () -> publishing.publication().language());
        }
        return new SqliteSearchIndex(jdbc);
    }
}
