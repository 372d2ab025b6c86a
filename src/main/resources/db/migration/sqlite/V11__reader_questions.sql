-- Questions the newsroom puts to readers about one passage of an article ("What do you think of this
-- claim?"). The passage is kept by its words, so it is found again after small edits elsewhere.
CREATE TABLE reader_questions (
    id                INTEGER PRIMARY KEY,
    article_id        INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    quote             TEXT    NOT NULL,
    question          TEXT    NOT NULL,
    asked_by          INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at        BIGINT  NOT NULL
);
CREATE INDEX reader_questions_by_article ON reader_questions (article_id);
