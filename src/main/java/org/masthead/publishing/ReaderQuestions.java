package org.masthead.publishing;

import java.text.Normalizer;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.masthead.pages.PageTopics;
import org.masthead.pages.PagesChanged;
import org.masthead.pages.TypedText;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Questions the newsroom puts to readers on a passage of an article: part of the article, like its
 * tags, so they are edited with it and shown with it; the discussion collects the answers. Callers
 * check who may (the same people who may edit the article).
 */
@Service
public class ReaderQuestions {

    static final int LONGEST_QUOTE = 1000;
    static final int LONGEST_QUESTION = 300;

    private final ReaderQuestionRepository questions;
    private final Publishing publishing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReaderQuestions(ReaderQuestionRepository questions, Publishing publishing, ApplicationEventPublisher events,
            Clock clock) {
        this.questions = questions;
        this.publishing = publishing;
        this.events = events;
        this.clock = clock;
    }

    public List<ReaderQuestion> of(long articleId) {
        return questions.of(articleId);
    }

    public Optional<ReaderQuestion> find(long id) {
        return questions.find(id);
    }

    /** Asks readers about a passage, which must be in the article as it stands. */
    @Transactional
    public ReaderQuestion ask(long articleId, String rawQuote, String rawQuestion, Long askedBy) {
        String quote = rawQuote == null ? "" : rawQuote.strip();
        String question = rawQuestion == null ? "" : rawQuestion.strip();
        if (quote.isEmpty() || quote.length() > LONGEST_QUOTE) {
            throw new EditRejected("quote", "Copy the passage from the article: 1 to " + LONGEST_QUOTE + " characters.");
        }
        if (question.isEmpty() || question.length() > LONGEST_QUESTION) {
            throw new EditRejected("question", "Ask a question of 1 to " + LONGEST_QUESTION + " characters.");
        }
        if (TypedText.turnsDirection(question)) {
            throw new EditRejected("question", TypedText.NO_DIRECTION_MARKS);
        }
        String words = publishing.text(articleId).map(t -> t.headline() + "\n" + t.standfirst() + "\n" + t.body())
                .orElseThrow(() -> new EditRejected(null, "There is no such article."));
        if (!normalized(words).contains(normalized(quote))) {
            throw new EditRejected("quote", "That passage is not in the article as it is saved. Copy it from the text.");
        }
        long id = questions.insert(articleId, quote, question, askedBy, clock.millis());
        events.publishEvent(PagesChanged.of(PageTopics.article(articleId)));
        return new ReaderQuestion(id, articleId, quote, question);
    }

    @Transactional
    public void withdraw(long articleId, long questionId) {
        questions.delete(articleId, questionId);
        events.publishEvent(PagesChanged.of(PageTopics.article(articleId)));
    }

    /** Text as compared: one space for any run of white space, compatibility forms made plain. */
    static String normalized(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    }
}
