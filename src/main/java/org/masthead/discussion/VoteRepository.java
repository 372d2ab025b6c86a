package org.masthead.discussion;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Votes, one per voter per comment; the counts they add up to are kept on the comment itself. */
@Repository
class VoteRepository {

    private final JdbcClient jdbc;

    VoteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integer> vote(long commentId, String voter) {
        return jdbc.sql("SELECT value FROM comment_votes WHERE comment_id = :comment AND voter = :voter")
                .param("comment", commentId).param("voter", voter).query(Integer.class).optional();
    }

    /** Whether a guest from this network address voted on the comment already, under another pass. */
    boolean votedFromAddress(long commentId, String clientHash, String voter) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM comment_votes
                WHERE comment_id = :comment AND client_hash = :client AND voter LIKE 'g:%' AND voter <> :voter
                """)
                .param("comment", commentId).param("client", clientHash).param("voter", voter)
                .query(Long.class).single() > 0;
    }

    /** The voter's votes on the article's comments, by comment: one short query whatever the page holds. */
    Map<Long, Integer> votes(String voter, long articleId) {
        Map<Long, Integer> votes = new HashMap<>();
        if (voter == null) {
            return votes;
        }
        jdbc.sql("""
                SELECT v.comment_id, v.value FROM comment_votes v JOIN comments c ON c.id = v.comment_id
                WHERE v.voter = :voter AND c.article_id = :article
                """)
                .param("voter", voter).param("article", articleId)
                .query((rs, n) -> votes.put(rs.getLong(1), rs.getInt(2))).list();
        return votes;
    }

    void put(long commentId, String voter, String clientHash, int value, long at) {
        jdbc.sql("""
                INSERT INTO comment_votes (comment_id, voter, client_hash, value, created_at)
                VALUES (:comment, :voter, :client, :value, :at)
                ON CONFLICT (comment_id, voter) DO UPDATE SET value = excluded.value, created_at = excluded.created_at
                """)
                .param("comment", commentId).param("voter", voter).param("client", clientHash).param("value", value)
                .param("at", at).update();
    }

    void remove(long commentId, String voter) {
        jdbc.sql("DELETE FROM comment_votes WHERE comment_id = :comment AND voter = :voter")
                .param("comment", commentId).param("voter", voter).update();
    }

    /** Adds to the comment's counts what a vote changed; the score follows. */
    void count(long commentId, int up, int down) {
        jdbc.sql("""
                UPDATE comments SET up_votes = up_votes + :up, down_votes = down_votes + :down,
                                    score = score + :up - :down
                WHERE id = :comment
                """)
                .param("up", up).param("down", down).param("comment", commentId).update();
    }
}
