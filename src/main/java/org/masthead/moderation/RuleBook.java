package org.masthead.moderation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.masthead.discussion.CommentRecords;
import org.masthead.discussion.CommentStatus;
import org.masthead.discussion.CommentScreen;
import org.masthead.discussion.NewComment;
import org.masthead.discussion.Screening;
import org.masthead.discussion.Screening.Verdict;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.Publishing;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The newsroom's rules, applied to every new comment before it is stored. The rules and word lists
 * are kept compiled in memory and read again when the newsroom changes them (on every node), as the
 * bans are ({@link BanBook}), so a new rule or ban holds everywhere at once.
 *
 * <p>In order: a ban refuses (a closed discussion was refused by the discussion already, through
 * {@link #closed}); a blocked email domain refuses; the words
 * (banned words refuse; too many links, suspect words and the scorer hold, after warning the writer
 * where their words are the reason; spam is filed as spam); the same words across articles are spam;
 * then the writer's record (every comment held, first comments held, often refused writers held).
 * Staff are not screened.
 */
@Component
class RuleBook implements CommentScreen, org.springframework.beans.factory.SmartInitializingSingleton {

    /** Words posted again on another article within this time are taken for spam. */
    static final Duration REPEAT_WINDOW = Duration.ofHours(24);
    /** Short words ("Thank you!", "Agreed.") are said on many articles by many people. */
    static final int SHORTEST_FINGERPRINTED = 40;
    /** A published comment's reasons are kept from this abuse or spam figure on. */
    static final double KEPT_FROM = 0.1;

    private final RulesRepository repository;
    private final BanBook bans;
    private final CommentRecords records;
    private final AuditRepository audit;
    private final ToxicityScorer scorer;
    private final Publishing publishing;
    private final RecentWriting recent;
    private final Clock clock;
    private final TransactionTemplate transaction;
    /**
     * Moves with every change of the rules. What is kept in memory carries the generation it was read
     * in and is used only in that generation, so a reading that began before a change, or crossed it,
     * is never used after it, whatever order the change and the reading end in.
     */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    /**
     * Articles' rules, weighed by the words they compiled apart: an article with its own word list holds
     * a whole list (the publication's and its own), so many such articles must not fill the heap.
     */
    private final Cache<Long, ArticleBook> articles = Caffeine.newBuilder().maximumWeight(50_000)
            .<Long, ArticleBook>weigher((id, book) -> book.weight()).build();
    private volatile Versioned compiled;

    private record Versioned(long generation, Compiled book) {
    }

    /** The rules with their word lists made ready to match. */
    record Compiled(Rules rules, WordList banned, WordList suspect, Set<String> domains) {

        static Compiled of(Rules rules) {
            Set<String> domains = new HashSet<>();
            rules.blockedDomains().forEach(d -> domains.add(d.toLowerCase(Locale.ROOT)));
            return new Compiled(rules, WordList.of(rules.bannedWords()), WordList.of(rules.suspectWords()), Set.copyOf(domains));
        }

        /** The rules as they hold on an article; a word list it changes is compiled apart, the rest shared. */
        Compiled forArticle(ArticleRules own) {
            if (own == null) {
                return this;
            }
            Rules merged = rules.forArticle(own);
            boolean ownBanned = Boolean.FALSE.equals(own.bannedWords()) || !own.moreBanned().isEmpty();
            boolean ownSuspect = Boolean.FALSE.equals(own.suspectWords()) || !own.moreSuspect().isEmpty();
            return new Compiled(merged, ownBanned ? WordList.of(merged.bannedWords()) : banned,
                    ownSuspect ? WordList.of(merged.suspectWords()) : suspect,
                    Boolean.FALSE.equals(own.blockedDomains()) ? Set.of() : domains);
        }
    }

    /**
     * An article's own rules (none: null), and the publication's with them, read in one generation.
     */
    private record ArticleBook(long generation, ArticleRules own, Compiled compiled, int weight) {

        static ArticleBook of(long generation, ArticleRules own, Compiled publications) {
            Compiled compiled = publications.forArticle(own);
            int words = (compiled.banned() == publications.banned() ? 0 : compiled.rules().bannedWords().size())
                    + (compiled.suspect() == publications.suspect() ? 0 : compiled.rules().suspectWords().size());
            return new ArticleBook(generation, own, compiled, 1 + words);
        }
    }

    RuleBook(RulesRepository repository, BanBook bans, CommentRecords records, AuditRepository audit,
            ObjectProvider<ToxicityScorer> scorers, Publishing publishing, RecentWriting recent,
            TransactionTemplate transaction, Clock clock) {
        this.transaction = transaction;
        this.recent = recent;
        this.repository = repository;
        this.bans = bans;
        this.records = records;
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
        Optional<Ban> ban = bans.find(c.userId(), c.email(), c.clientHash(), now);
        if (ban.isPresent()) {
            return refused(c, Rule.BAN, banned(ban.get(), "comment"), null, null, now);
        }
        // A closed discussion was refused already, by the discussion itself (see closed()).
        Compiled book = compiledFor(c.articleId());
        Rules rules = book.rules();
        if (blockedDomain(book, c.email())) {
            // A member has no address field on the form: the sentence is about their account then.
            return refused(c, Rule.BLOCKED_DOMAIN, c.userId() != null
                    ? "Comments from accounts with an address at " + domain(c.email()) + " are not accepted here. "
                            + "Change your account's email address, then comment."
                    : "Comments from addresses at " + domain(c.email()) + " are not accepted here. "
                            + "Please use another email address.", c.userId() != null ? null : "email", null, now);
        }
        ContentCheck.Finding finding = check(book, rules, c.body());
        Explanation why = new Explanation(null, finding.abuse(), finding.spam(), finding.evidence());
        String print = rules.repeatAcross() && c.commentId() == null && fingerprinted(c.body()) ? fingerprint(c.body()) : null;
        Rule rule = Rule.fromCode(finding.rule());
        // Their own words are the reason: the writer is told first, and may revise them.
        boolean revisable = rule == Rule.SUSPECT_WORDS || rule == Rule.TOXICITY;
        boolean stored = finding.outcome() != ContentCheck.Outcome.REFUSE
                && !(finding.outcome() == ContentCheck.Outcome.HOLD && revisable && !c.holdAccepted());
        // Only words about to be stored are noted, so that a refused or revised comment never counts as a copy.
        Boolean copiesKnown = print == null || !stored ? Boolean.FALSE : recent.notedElsewhere(print, c.articleId());
        switch (finding.outcome()) {
            case REFUSE -> {
                return refused(c, Rule.BANNED_WORDS, finding.reason(), "body", why, now);
            }
            case SPAM -> {
                recent.refused(c.writer(), CommentStatus.SPAM);
                return decided(Verdict.SPAM, rule, null, why, print);
            }
            case HOLD -> {
                return decided(revisable && !c.holdAccepted() ? Verdict.WARN : Verdict.HOLD, rule,
                        revisable ? finding.reason() + " You can change it, or post it as it is." : finding.reason(),
                        why, print);
            }
            case PASS -> {
            }
        }
        if (c.commentId() != null) {
            // An edit is judged by its words: the writer's record was weighed when the comment came.
            return published(why, null);
        }
        // The writer's record and the copies of their words, in one reading, when a rule weighs them and
        // what this node remembers cannot settle it.
        boolean weighsWriter = rules.holdFirst() > 0
                || (rules.rejectionRate() > 0 && recent.mayHaveRefused(c.writer()));
        if (Boolean.TRUE.equals(copiesKnown)) {
            recent.refused(c.writer(), CommentStatus.SPAM);
            return decided(Verdict.SPAM, Rule.REPEATED_ACROSS, null, why, print);
        }
        boolean weighsCopies = copiesKnown == null;
        CommentRecords.Writing writing = weighsCopies || weighsWriter
                ? records.writing(c.writer(), weighsCopies ? print : null, c.articleId(), now - REPEAT_WINDOW.toMillis())
                : null;
        if (weighsCopies && writing.copiesElsewhere()) {
            recent.refused(c.writer(), CommentStatus.SPAM);
            return decided(Verdict.SPAM, Rule.REPEATED_ACROSS, null, why, print);
        }
        if (rules.holdAll()) {
            return decided(Verdict.HOLD, Rule.HOLD_ALL, null, why, print);
        }
        if (weighsWriter) {
            CommentRecords.History history = writing.history();
            if (rules.holdFirst() > 0 && history.approved() < rules.holdFirst()) {
                return decided(Verdict.HOLD, Rule.FIRST_COMMENTS, null, why, print);
            }
            if (rules.rejectionRate() > 0 && history.approved() + history.rejected() >= Rules.JUDGED_BEFORE_RATE
                    && history.rejectionRate() * 100 >= rules.rejectionRate()) {
                return decided(Verdict.HOLD, Rule.REJECTION_RATE, null, why, print);
            }
        }
        return published(why, print);
    }

    /**
     * Published: reasons are kept only where the scorer saw something, for a moderator who later reads
     * the comment (reported, say); for most comments there is nothing to explain.
     */
    private static Screening published(Explanation why, String print) {
        boolean signals = why.abuse() >= KEPT_FROM || why.spam() >= KEPT_FROM;
        return new Screening(Verdict.PUBLISH, null, null, null, signals ? why.details() : null, print);
    }

    @Override
    public String closed(ArticleRef article) {
        ArticleBook book = articleBook(article.id());
        return closedReason(book.compiled().rules(), book.own(), article, clock.millis());
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
        ArticleRules own = articleBook(articleId).own();
        return own == null ? ArticleRules.none(articleId) : own;
    }



    /** The newsroom changed the rules, here or on another node: read them again at the next comment. */
    void forget() {
        generation.incrementAndGet();
        // Only to give the memory back: entries of an older generation are not used anyway.
        articles.invalidateAll();
    }

    /**
     * An article deleted: its number may come again (SQLite reuses the highest), without its rules.
     * After the commit, so that nothing read in the new generation can still see the deleted rules.
     */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    void on(org.masthead.publishing.ArticleDeleted deleted) {
        forget();
    }

    /** The first rules are written once, when the application starts, in a transaction of their own. */
    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(tx -> repository.saveIfNone(DefaultRules.rules()));
    }

    private ContentCheck.Finding check(Compiled book, Rules rules, String body) {
        ContentCheck check = new ContentCheck(new ContentPolicy(book.banned(), book.suspect(), rules.mostLinks(),
                rules.scorer() ? rules.abuseThreshold() / 100.0 : Double.POSITIVE_INFINITY,
                ContentPolicy.DEFAULT_SPAM_THRESHOLD, scorer));
        return check.check(body);
    }

    private Compiled compiled() {
        long now = generation.get();
        Versioned kept = compiled;
        if (kept != null && kept.generation() == now) {
            return kept.book();
        }
        Compiled book = Compiled.of(repository.rules().orElseGet(DefaultRules::rules));
        compiled = new Versioned(now, book);
        return book;
    }

    private Compiled compiledFor(long articleId) {
        return articleBook(articleId).compiled();
    }

    private ArticleBook articleBook(long articleId) {
        long now = generation.get();
        ArticleBook kept = articles.getIfPresent(articleId);
        if (kept != null && kept.generation() == now) {
            return kept;
        }
        Compiled publications = compiled();
        ArticleRules own = repository.article(articleId).orElse(null);
        ArticleBook read = ArticleBook.of(now, own, publications);
        articles.put(articleId, read);
        return read;
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
        transaction.executeWithoutResult(tx -> audit.add(now, null, rule.actor(), "refused", c.commentId(), c.articleId(),
                c.authorName(), c.body(), message));
        return new Screening(Verdict.REFUSE, rule.code(), message, field, why == null ? null : why.details(), null);
    }

    private static Screening decided(Verdict verdict, Rule rule, String message, Explanation why, String print) {
        return new Screening(verdict, rule == null ? null : rule.code(), message, null, why.details(), print);
    }

    @Override
    public String barredFromVoting(Long userId, String email, String clientHash) {
        return bans.find(userId, email, clientHash, clock.millis()).map(ban -> banned(ban, "vote")).orElse(null);
    }

    /** What a banned reader is told when they try to comment or vote. */
    private String banned(Ban ban, String doing) {
        if (ban.until() == null) {
            return "You cannot " + doing + " on this publication: a moderator has banned you. Reason given: " + ban.reason();
        }
        var publication = publishing.publication();
        String until = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", publication.locale())
                .format(java.time.Instant.ofEpochMilli(ban.until()).atZone(publication.timeZone()));
        return "You cannot " + doing + " until " + until + ": a moderator has suspended you. Reason given: " + ban.reason();
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
