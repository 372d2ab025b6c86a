package org.masthead.site;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Creates the folder of the SQLite file before the pool opens it: the driver will not, and a first
 * run on a fresh machine would otherwise fail with "unable to open database file".
 */
@Component
class DataDirectory implements BeanPostProcessor {

    private static final String SQLITE = "jdbc:sqlite:";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith(SQLITE)) {
            createFolderOf(pool.getJdbcUrl());
        }
        return bean;
    }

    static void createFolderOf(String jdbcUrl) {
        String location = jdbcUrl.substring(SQLITE.length());
        int query = location.indexOf('?');
        if (query >= 0) {
            location = location.substring(0, query);
        }
        if (location.isEmpty() || location.startsWith(":memory:") || location.startsWith("file::memory:")) {
            return;
        }
        if (location.startsWith("file:")) {
            location = location.substring("file:".length());
        }
        Path parent = Path.of(location).toAbsolutePath().getParent();
        try {
            if (parent != null) {
                Files.createDirectories(parent);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database folder " + parent, e);
        }
    }
}
