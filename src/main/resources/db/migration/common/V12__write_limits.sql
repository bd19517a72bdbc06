-- Issue 14: each person's writes of the last day, counted by the limits on how fast one person may
-- write (JpaWriteLog). A row is one write; no foreign key, as a person is the portal's, not ours.
CREATE TABLE ri_write (
    id         BIGINT GENERATED ALWAYS AS IDENTITY,
    subject    VARCHAR(200)             NOT NULL,
    kind       VARCHAR(10)              NOT NULL,
    written_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_ri_write PRIMARY KEY (id),
    CONSTRAINT ck_ri_write_kind CHECK (kind IN ('WRITE', 'REFERRAL', 'REFUSED'))
);
CREATE INDEX ix_ri_write ON ri_write (subject, kind, written_at);
