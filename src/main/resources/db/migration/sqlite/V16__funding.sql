-- Reader funding. Money is kept in integer minor units (cents, pence, yen) beside its ISO 4217 code,
-- never as a floating-point number.

-- A monthly goal repeats every month from the month it starts until a newer monthly goal takes over
-- (from its own month) or it is closed; a campaign runs between its own dates.
CREATE TABLE funding_goals (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL CHECK (kind IN ('monthly', 'campaign')),
    title         TEXT,
    amount_minor  BIGINT  NOT NULL CHECK (amount_minor > 0),
    currency      TEXT    NOT NULL CHECK (length(currency) = 3),
    starts_on     TEXT    NOT NULL,
    ends_on       TEXT,
    closed_at     BIGINT,
    created_at    BIGINT  NOT NULL
);
CREATE INDEX funding_goals_by_start ON funding_goals (kind, starts_on);

-- Every gift, whoever took it: a payment provider, or the newsroom recording a transfer or a cheque.
CREATE TABLE donations (
    id                        INTEGER PRIMARY KEY,
    provider                  TEXT    NOT NULL CHECK (provider IN ('stripe', 'offline')),
    provider_payment_id       TEXT,
    provider_subscription_id  TEXT,
    provider_customer_id      TEXT,
    recurrence                TEXT    NOT NULL CHECK (recurrence IN ('one-time', 'monthly')),
    status                    TEXT    NOT NULL CHECK (status IN ('pending', 'succeeded', 'failed', 'refunded')),
    amount_minor              BIGINT  NOT NULL CHECK (amount_minor > 0),
    refunded_minor            BIGINT  NOT NULL DEFAULT 0 CHECK (refunded_minor >= 0 AND refunded_minor <= amount_minor),
    currency                  TEXT    NOT NULL CHECK (length(currency) = 3),
    donor_name                TEXT,
    donor_email               TEXT,
    public_name               TEXT,
    anonymous                 BOOLEAN NOT NULL DEFAULT TRUE,
    message                   TEXT,
    note                      TEXT,
    recorded_by               INTEGER REFERENCES users (id) ON DELETE SET NULL,
    paid_at                   BIGINT,
    created_at                BIGINT  NOT NULL,
    UNIQUE (provider, provider_payment_id)
);
-- "Raised this month" sums the gifts paid in a period, found without reading the others.
CREATE INDEX donations_paid ON donations (currency, paid_at) WHERE paid_at IS NOT NULL;

-- What happened to each gift, and who or what said so: kept, never rewritten.
CREATE TABLE donation_history (
    id              INTEGER PRIMARY KEY,
    donation_id     INTEGER NOT NULL REFERENCES donations (id) ON DELETE CASCADE,
    status          TEXT    NOT NULL,
    refunded_minor  BIGINT  NOT NULL,
    source          TEXT    NOT NULL,
    at              BIGINT  NOT NULL
);
CREATE INDEX donation_history_by_donation ON donation_history (donation_id, id);
