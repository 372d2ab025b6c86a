package org.masthead.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The publication's moderation rules (one row) and articles' own. */
@Repository
class RulesRepository {

    private final JdbcClient jdbc;

    RulesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Rules> rules() {
        return jdbc.sql("SELECT * FROM moderation_settings WHERE id = 1").query(RulesRepository::row).optional();
    }

    /** Stores the rules. */
    void save(Rules r) {
        write(r, """
                ON CONFLICT (id) DO UPDATE SET hold_all = :holdAll, hold_first = :holdFirst, most_links = :mostLinks,
                    banned_words = :banned, suspect_words = :suspect, blocked_domains = :domains,
                    rejection_rate = :rate, repeat_across = :repeat, scorer = :scorer, abuse_threshold = :threshold,
                    report_threshold = :reports, close_after_days = :closeAfter, digest = :digest
                """);
    }

    /** The first rules, made once (two nodes starting at once make them once); later starts keep the newsroom's. */
    void saveIfNone(Rules defaults) {
        write(defaults, "ON CONFLICT (id) DO NOTHING");
    }

    private void write(Rules r, String onConflict) {
        jdbc.sql("""
                INSERT INTO moderation_settings (id, hold_all, hold_first, most_links, banned_words, suspect_words,
                    blocked_domains, rejection_rate, repeat_across, scorer, abuse_threshold, report_threshold,
                    close_after_days, digest)
                VALUES (1, :holdAll, :holdFirst, :mostLinks, :banned, :suspect, :domains, :rate, :repeat, :scorer,
                    :threshold, :reports, :closeAfter, :digest)
                """ + onConflict).param("holdAll", flag(r.holdAll())).param("holdFirst", r.holdFirst())
                .param("mostLinks", r.mostLinks()).param("banned", String.join("\n", r.bannedWords()))
                .param("suspect", String.join("\n", r.suspectWords()))
                .param("domains", String.join("\n", r.blockedDomains())).param("rate", r.rejectionRate())
                .param("repeat", flag(r.repeatAcross())).param("scorer", flag(r.scorer()))
                .param("threshold", r.abuseThreshold()).param("reports", r.reportThreshold())
                .param("closeAfter", r.closeAfterDays()).param("digest", flag(r.digest())).update();
    }

    /** When the last digest went, or null if none has. */
    Long digestSentAt() {
        List<Long> sent = jdbc.sql("SELECT digest_sent_at FROM moderation_settings WHERE id = 1")
                .query((rs, n) -> Rows.longOrNull(rs, "digest_sent_at")).list();
        return sent.isEmpty() ? null : sent.get(0);
    }

    /** Takes the day's digest: true for the one node that moves the mark from what it read. */
    boolean takeDigest(Long seen, long now) {
        return jdbc.sql("UPDATE moderation_settings SET digest_sent_at = :now WHERE id = 1 AND "
                + (seen == null ? "digest_sent_at IS NULL" : "digest_sent_at = :seen"))
                .param("now", now).param("seen", seen).update() == 1;
    }

    Optional<ArticleRules> article(long articleId) {
        return jdbc.sql("SELECT * FROM moderation_articles WHERE article_id = :article").param("article", articleId)
                .query((rs, n) -> new ArticleRules(rs.getLong("article_id"), bool(rs, "hold_all"),
                        integer(rs, "hold_first"), integer(rs, "most_links"), bool(rs, "scorer"),
                        integer(rs, "close_after_days"), Rows.longOrNull(rs, "closed_at"), bool(rs, "banned_words"),
                        lines(rs.getString("more_banned")), bool(rs, "suspect_words"),
                        lines(rs.getString("more_suspect")), bool(rs, "blocked_domains"),
                        integer(rs, "rejection_rate"), bool(rs, "repeat_across")))
                .optional();
    }

    void save(ArticleRules a) {
        if (a.isEmpty()) {
            jdbc.sql("DELETE FROM moderation_articles WHERE article_id = :article").param("article", a.articleId()).update();
            return;
        }
        jdbc.sql("""
                INSERT INTO moderation_articles (article_id, hold_all, hold_first, most_links, scorer, close_after_days,
                    closed_at, banned_words, more_banned, suspect_words, more_suspect, blocked_domains, rejection_rate,
                    repeat_across)
                VALUES (:article, :holdAll, :holdFirst, :mostLinks, :scorer, :closeAfter, :closed, :banned, :moreBanned,
                    :suspect, :moreSuspect, :domains, :rate, :repeat)
                ON CONFLICT (article_id) DO UPDATE SET hold_all = :holdAll, hold_first = :holdFirst,
                    most_links = :mostLinks, scorer = :scorer, close_after_days = :closeAfter, closed_at = :closed,
                    banned_words = :banned, more_banned = :moreBanned, suspect_words = :suspect,
                    more_suspect = :moreSuspect, blocked_domains = :domains, rejection_rate = :rate,
                    repeat_across = :repeat
                """).param("article", a.articleId()).param("holdAll", flagOrNull(a.holdAll()))
                .param("holdFirst", a.holdFirst()).param("mostLinks", a.mostLinks())
                .param("scorer", flagOrNull(a.scorer())).param("closeAfter", a.closeAfterDays())
                .param("closed", a.closedAt()).param("banned", flagOrNull(a.bannedWords()))
                .param("moreBanned", a.moreBanned().isEmpty() ? null : String.join("\n", a.moreBanned()))
                .param("suspect", flagOrNull(a.suspectWords()))
                .param("moreSuspect", a.moreSuspect().isEmpty() ? null : String.join("\n", a.moreSuspect()))
                .param("domains", flagOrNull(a.blockedDomains())).param("rate", a.rejectionRate())
                .param("repeat", flagOrNull(a.repeatAcross())).update();
    }

    private static Rules row(ResultSet rs, int n) throws SQLException {
        return new Rules(rs.getInt("hold_all") == 1, rs.getInt("hold_first"), rs.getInt("most_links"),
                lines(rs.getString("banned_words")), lines(rs.getString("suspect_words")),
                lines(rs.getString("blocked_domains")), rs.getInt("rejection_rate"), rs.getInt("repeat_across") == 1,
                rs.getInt("scorer") == 1, rs.getInt("abuse_threshold"), rs.getInt("report_threshold"),
                rs.getInt("close_after_days"), rs.getInt("digest") == 1);
    }

    static List<String> lines(String text) {
        // An immutable list without nulls, which Rules keeps as it is rather than copying per article.
        return text == null ? List.of() : List.copyOf(Arrays.stream(text.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    private static int flag(boolean on) {
        return on ? 1 : 0;
    }

    /** An article's switch: on, off, or null for as the publication. */
    private static Integer flagOrNull(Boolean on) {
        return on == null ? null : flag(on.booleanValue());
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        Integer value = integer(rs, column);
        return value == null ? null : value == 1;
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        return Rows.intOrNull(rs, column);
    }
}
