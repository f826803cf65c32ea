-- Spring Modulith's event publication registry: one row for each event and each listener that
-- reacts to it after the commit (budget alert checks, removing a deleted user's receipt files).
-- The row is written in the transaction that publishes the event, so the work is not lost when
-- the node stops before doing it; it is deleted once the listener has done its work
-- (spring.modulith.events.completion-mode=delete). Rows left behind are handed to the listeners
-- again by a periodic job. Columns as in Modulith's own schema (v2), with types both engines share.
CREATE TABLE event_publication (
    id                     UUID          PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 VARCHAR(20),
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_event_publication_listener_event ON event_publication (listener_id, serialized_event);
CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
