package org.masthead.moderation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.masthead.discussion.CommentRecords;
import org.masthead.discussion.CommentScreen;
import org.masthead.discussion.NewComment;
import org.masthead.discussion.Screening;
import org.masthead.discussion.Screening.Verdict;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publishing;
import org.springframework.stereotype.Component;

/**
 * The newsroom's rules, applied to every new comment before it is stored. The rules and word lists
 * are kept compiled in memory and read again when the newsroom changes them (on every node); bans
 * are read from the database at every comment, so a new ban holds everywhere at once.
 *
 * <p>In order: a ban or a closed discussion refuses; a blocked email domain refuses; the words
 * (banned words refuse; too many links, suspect words and the scorer hold, after warning the writer
 * where their words are the reason; spam is filed as spam); the same words across articles are spam;
 * then the writer's record (every comment held, first comments held, often refused writers held).
 * Staff are not screened.
 */
@Component
class RuleBook implements CommentScreen {

    /** Words posted again on another article within this time are taken for spam. */
    static final Duration REPEAT_WINDOW = Duration.ofHours(24);
    /** Short words ("Thank you!", "Agreed.") are said on many articles by many people. */
    static final int SHORTEST_FINGERPRINTED = 40;

    private final RulesRepository repository;
    private final BanRepository bans;
    private final CommentRecords records;
    private final ScreeningRepository screenings;
    private final AuditRepository audit;
    private final ToxicityScorer scorer;
    private final Publishing publishing;
    private final Clock clock;
    private final Cache<Long, Optional<ArticleRules>> articles = Caffeine.newBuilder().maximumSize(10_000).build();
    private volatile Compiled compiled;

    /** The rules with their word lists made ready to match. */
    record Compiled(Rules rules, WordList banned, WordList suspect, Set<String> domains) {

        static Compiled of(Rules rules) {
            Set<String> domains = new HashSet<>();
            rules.blockedDomains().forEach(d -> domains.add(d.toLowerCase(Locale.ROOT)));
            return new Compiled(rules, WordList.of(rules.bannedWords()), WordList.of(rules.suspectWords()), Set.copyOf(domains));
        }
    }

    RuleBook(RulesRepository repository, BanRepository bans, CommentRecords records, ScreeningRepository screenings,
            AuditRepository audit, org.springframework.beans.factory.ObjectProvider<ToxicityScorer> scorers,
            Publishing publishing, Clock clock) {
        this.repository = repository;
        this.bans = bans;
        this.records = records;
        this.screenings = screenings;
        this.audit = audit;
        // A scorer the application declares takes the local one's place.
        this.scorer = scorers.getIfUnique(LocalScorer::new);
        this.publishing = publishing;
        this.clock = clock;
    }

    @Override
    public Screening screen(NewComment c) {
        if (c.staff()) {
            return Screening.NONE;
        }
        long now = clock.millis();
        Optional<Ban> ban = bans.inForce(c.userId(), c.email(), c.clientHash(), now);
        if (ban.isPresent()) {
            return refused(c, Rule.BAN, banned(ban.get()), null, null, now);
        }
        ArticleRules own = articleRules(c.articleId());
        Compiled book = compiled();
        Rules rules = book.rules().forArticle(own);
        String closed = c.commentId() == null ? closedReason(rules, own, publishing.article(c.articleId()).orElse(null), now) : null;
        if (closed != null) {
            return refused(c, Rule.CLOSED, closed, null, null, now);
        }
        if (blockedDomain(book, c.email())) {
            return refused(c, Rule.BLOCKED_DOMAIN, "Comments from addresses at " + domain(c.email())
                    + " are not accepted here. Please use another email address.", "email", null, now);
        }
        ContentCheck.Finding finding = check(book, rules, c.body());
        Explanation why = new Explanation(null, finding.abuse(), finding.spam(), finding.evidence());
        String print = rules.repeatAcross() && c.commentId() == null && fingerprinted(c.body()) ? fingerprint(c.body()) : null;
        switch (finding.outcome()) {
            case REFUSE -> {
                return refused(c, Rule.BANNED_WORDS, finding.reason(), "body", why, now);
            }
            case SPAM -> {
                return decided(Verdict.SPAM, Rule.fromCode(finding.rule()), null, why, print);
            }
            case HOLD -> {
                Rule rule = Rule.fromCode(finding.rule());
                // Their own words are the reason: the writer is told first, and may revise them.
                boolean revisable = rule == Rule.SUSPECT_WORDS || rule == Rule.TOXICITY;
                return decided(revisable && !c.holdAccepted() ? Verdict.WARN : Verdict.HOLD, rule,
                        revisable ? finding.reason() + " You can change it, or post it as it is." : null, why, print);
            }
            case PASS -> {
            }
        }
        if (print != null && screenings.seenElsewhere(print, c.articleId(), now - REPEAT_WINDOW.toMillis())) {
            return decided(Verdict.SPAM, Rule.REPEATED_ACROSS, null, why, print);
        }
        if (rules.holdAll()) {
            return decided(Verdict.HOLD, Rule.HOLD_ALL, null, why, print);
        }
        if (rules.holdFirst() > 0 || rules.rejectionRate() > 0) {
            CommentRecords.History history = records.history(c.writer());
            if (rules.holdFirst() > 0 && history.approved() < rules.holdFirst()) {
                return decided(Verdict.HOLD, Rule.FIRST_COMMENTS, null, why, print);
            }
            if (rules.rejectionRate() > 0 && history.approved() + history.rejected() >= Rules.JUDGED_BEFORE_RATE
                    && history.rejectionRate() * 100 >= rules.rejectionRate()) {
                return decided(Verdict.HOLD, Rule.REJECTION_RATE, null, why, print);
            }
        }
        return new Screening(Verdict.PUBLISH, null, null, null, why.details(print));
    }

    @Override
    public String closed(ArticleRef article) {
        ArticleRules own = articleRules(article.id());
        return closedReason(compiled().rules().forArticle(own), own, article, clock.millis());
    }

    /** The words alone, as the rules see them: for the newsroom's "try a comment" box and the benchmark. */
    ContentCheck.Finding check(String body) {
        Compiled book = compiled();
        return check(book, book.rules(), body);
    }

    Rules rules() {
        return compiled().rules();
    }

    /** An article's own rules, or none. */
    ArticleRules ownRules(long articleId) {
        ArticleRules own = articleRules(articleId);
        return own == null ? ArticleRules.none(articleId) : own;
    }

    /** The newsroom changed the rules, here or on another node: read them again at the next comment. */
    void forget() {
        compiled = null;
        articles.invalidateAll();
    }

    private ContentCheck.Finding check(Compiled book, Rules rules, String body) {
        ContentCheck check = new ContentCheck(new ContentPolicy(book.banned(), book.suspect(), rules.mostLinks(),
                rules.scorer() ? rules.abuseThreshold() / 100.0 : Double.POSITIVE_INFINITY,
                ContentPolicy.DEFAULT_SPAM_THRESHOLD, scorer));
        return check.check(body);
    }

    private Compiled compiled() {
        Compiled book = compiled;
        if (book == null) {
            repository.saveIfNone(DefaultRules.rules());
            book = Compiled.of(repository.rules().orElseThrow());
            compiled = book;
        }
        return book;
    }

    private ArticleRules articleRules(long articleId) {
        return articles.get(articleId, id -> repository.article(id)).orElse(null);
    }

    private String closedReason(Rules rules, ArticleRules own, ArticleRef article, long now) {
        if (own != null && own.closedAt() != null) {
            return "Comments on this article are closed.";
        }
        if (rules.closeAfterDays() > 0 && article != null && article.publishedAt() != null
                && article.publishedAt().plus(Duration.ofDays(rules.closeAfterDays())).toEpochMilli() <= now) {
            return "Comments on this article closed " + rules.closeAfterDays() + (rules.closeAfterDays() == 1 ? " day" : " days")
                    + " after it was published.";
        }
        return null;
    }

    private Screening refused(NewComment c, Rule rule, String message, String field, Explanation why, long now) {
        audit.add(now, null, rule.actor(), "refused", c.commentId(), c.articleId(), c.authorName(), c.body(), message);
        return new Screening(Verdict.REFUSE, rule.code(), message, field, why == null ? null : why.details(null));
    }

    private static Screening decided(Verdict verdict, Rule rule, String message, Explanation why, String print) {
        return new Screening(verdict, rule == null ? null : rule.code(), message, null, why.details(print));
    }

    private String banned(Ban ban) {
        if (ban.until() == null) {
            return "You cannot comment on this publication: a moderator has banned you. Reason given: " + ban.reason();
        }
        var publication = publishing.publication();
        String until = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", publication.locale())
                .format(java.time.Instant.ofEpochMilli(ban.until()).atZone(publication.timeZone()));
        return "You cannot comment until " + until + ": a moderator has suspended you. Reason given: " + ban.reason();
    }

    private static boolean blockedDomain(Compiled book, String email) {
        String domain = domain(email);
        if (domain == null) {
            return false;
        }
        // A subdomain of a blocked domain is blocked too (mail.mailinator.com).
        for (String part = domain; part.contains("."); part = part.substring(part.indexOf('.') + 1)) {
            if (book.domains().contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static String domain(String email) {
        if (email == null || email.indexOf('@') < 0) {
            return null;
        }
        return email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    static boolean fingerprinted(String body) {
        return body.codePointCount(0, body.length()) >= SHORTEST_FINGERPRINTED;
    }

    /** The words without case, accents, punctuation or spacing, hashed: a copy with a changed comma is the same copy. */
    static String fingerprint(String body) {
        String folded = Normalizer.normalize(body, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        }
        catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
