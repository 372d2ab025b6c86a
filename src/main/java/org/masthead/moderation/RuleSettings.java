package org.masthead.moderation;

import java.time.Clock;
import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.pages.PageTopics;
import org.masthead.pages.PagesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changing the rules: the publication's (owners and editors) and an article's own (moderators too,
 * who also close and reopen a discussion). Each change is audited and reaches every node at once.
 */
@Service
class RuleSettings {

    private final RulesRepository repository;
    private final RuleBook book;
    private final ModerationChanges changes;
    private final AuditRepository audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RuleSettings(RulesRepository repository, RuleBook book, ModerationChanges changes, AuditRepository audit,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.repository = repository;
        this.book = book;
        this.changes = changes;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    static boolean mayChange(Member member) {
        return member != null && (member.role() == Role.OWNER || member.role() == Role.EDITOR);
    }

    Rules rules() {
        return book.rules();
    }

    ArticleRules of(long articleId) {
        return book.ownRules(articleId);
    }

    void save(Member member, Rules rules) {
        if (!mayChange(member)) {
            throw new ModerationProblem(403, null, "Only the publication's owners and editors change its moderation rules.");
        }
        transaction.executeWithoutResult(tx -> {
            repository.save(rules);
            audit.add(clock.millis(), member.id(), member.displayName(), "rules changed", null, null, null, null,
                    "The publication's moderation rules were changed.");
            changes.changed();
            // Closing discussions by age shows on every article's form.
            events.publishEvent(PagesChanged.refreshing(PageTopics.ARTICLE_PAGES));
        });
    }

    void save(Member member, ArticleRules rules, String what) {
        Moderation.require(member);
        transaction.executeWithoutResult(tx -> {
            repository.save(rules);
            audit.add(clock.millis(), member.id(), member.displayName(), what, null, rules.articleId(), null, null,
                    null);
            changes.changed();
            events.publishEvent(PagesChanged.refreshing(PageTopics.article(rules.articleId())));
        });
    }
}
