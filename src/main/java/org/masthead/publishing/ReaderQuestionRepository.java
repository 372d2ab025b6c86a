package org.masthead.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The SQL of the questions put to readers. */
@Repository
class ReaderQuestionRepository {

    private final JdbcClient jdbc;

    ReaderQuestionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReaderQuestion> of(long articleId) {
        return jdbc.sql("SELECT id, article_id, quote, question FROM reader_questions WHERE article_id = :article ORDER BY id")
                .param("article", articleId).query(ReaderQuestion.class).list();
    }

    Optional<ReaderQuestion> find(long id) {
        return jdbc.sql("SELECT id, article_id, quote, question FROM reader_questions WHERE id = :id")
                .param("id", id).query(ReaderQuestion.class).optional();
    }

    long insert(long articleId, String quote, String question, Long askedBy, long at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO reader_questions (article_id, quote, question, asked_by, created_at)
                VALUES (:article, :quote, :question, :by, :now)
                """)
                .param("article", articleId).param("quote", quote).param("question", question).param("by", askedBy)
                .param("now", at).update(keys, "id");
        return keys.getKey().longValue();
    }

    void delete(long articleId, long questionId) {
        jdbc.sql("DELETE FROM reader_questions WHERE id = :id AND article_id = :article")
                .param("id", questionId).param("article", articleId).update();
    }
}
