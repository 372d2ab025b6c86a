-- Online giving through Stripe, and the support page's own settings.

-- A reader's visit to the checkout: the support form carries a one-time token, so that sending the
-- form twice opens one checkout and records one gift.
ALTER TABLE donations ADD COLUMN checkout_attempt TEXT;
ALTER TABLE donations ADD COLUMN provider_checkout_id TEXT;
-- The payment behind a gift: a payment intent for a one-time gift; for a monthly one, its invoice is
-- the provider payment id and the intent is kept when it is known, so that a refund finds its gift.
ALTER TABLE donations ADD COLUMN provider_intent_id TEXT;
-- A monthly gift's renewals point at the gift that began it; that first row also says when it ended.
ALTER TABLE donations ADD COLUMN renews_id INTEGER REFERENCES donations (id) ON DELETE SET NULL;
ALTER TABLE donations ADD COLUMN ended_at BIGINT;
CREATE UNIQUE INDEX donations_by_attempt ON donations (checkout_attempt);
CREATE INDEX donations_by_checkout ON donations (provider_checkout_id);
CREATE INDEX donations_by_intent ON donations (provider_intent_id);
CREATE INDEX donations_by_subscription ON donations (provider_subscription_id);
-- The donor wall: named gifts, newest paid first.
CREATE INDEX donations_wall ON donations (paid_at) WHERE public_name IS NOT NULL;

-- Every webhook event taken into account, by Stripe's id: written in the transaction that applies
-- the event, so that the same event delivered twice, or fifty times at once, takes effect once.
CREATE TABLE stripe_events (
    event_id     TEXT    PRIMARY KEY,
    type         TEXT    NOT NULL,
    received_at  BIGINT  NOT NULL
);

-- One row: what the support page offers and the donor wall shows. Amounts are whole units of the
-- publication's currency (the goal's), so that they stay sensible when the currency changes.
CREATE TABLE funding_settings (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    currency        TEXT    NOT NULL CHECK (length(currency) = 3),
    presets         TEXT    NOT NULL,
    minimum_units   BIGINT  NOT NULL CHECK (minimum_units > 0),
    maximum_units   BIGINT  NOT NULL CHECK (maximum_units >= minimum_units),
    donor_wall      BOOLEAN NOT NULL DEFAULT TRUE,
    wall_messages   BOOLEAN NOT NULL DEFAULT TRUE,
    link_secret     TEXT
);
INSERT INTO funding_settings (id, currency, presets, minimum_units, maximum_units)
VALUES (1, 'USD', '5,10,25,100', 1, 10000);

-- Where a payment and its refunds meet, by the payment's intent (or a monthly gift's invoice): a refund
-- reported before its payment was recorded waits here, and is applied when it is.
CREATE TABLE stripe_early_refunds (
    intent_id       TEXT    PRIMARY KEY,
    refunded_minor  BIGINT  NOT NULL,
    received_at     BIGINT  NOT NULL
);
