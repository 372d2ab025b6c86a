package org.masthead.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrl_ParsingTest {

    @Test
    void platformUrl_becomesJdbcSettings() {
        var properties = DatabaseUrl.toJdbc("postgres://news:s%40cret@db.internal:6543/masthead?sslmode=require");
        assertThat(properties).containsEntry("spring.datasource.url",
                "jdbc:postgresql://db.internal:6543/masthead?sslmode=require")
                .containsEntry("spring.datasource.username", "news")
                .containsEntry("spring.datasource.password", "s@cret");
    }

    @Test
    void missingPort_meansTheDefault() {
        assertThat(DatabaseUrl.toJdbc("postgresql://db/masthead")).containsEntry("spring.datasource.url",
                "jdbc:postgresql://db:5432/masthead");
    }

    @Test
    void otherSchemes_areRefusedByName() {
        assertThatThrownBy(() -> DatabaseUrl.toJdbc("mysql://db/masthead"))
                .hasMessageContaining("postgres://").hasMessageContaining("mysql");
    }
}
