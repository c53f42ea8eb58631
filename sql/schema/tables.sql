-- The warehouse tables. Run on every fresh build database; ids are content-derived
-- hashes, so the same input always gives the same keys.

CREATE TABLE reports (
    report_id                  VARCHAR PRIMARY KEY,
    source_name                VARCHAR NOT NULL UNIQUE,
    url                        VARCHAR,
    site                       VARCHAR,
    title                      VARCHAR,
    published_at               TIMESTAMP WITH TIME ZONE,
    fetched_at                 TIMESTAMP WITH TIME ZONE,
    licence                    VARCHAR,
    sidecar_sha256             VARCHAR,
    sha256                     VARCHAR NOT NULL,
    size_bytes                 BIGINT NOT NULL,
    encoding                   VARCHAR NOT NULL,
    script                     VARCHAR NOT NULL,
    target_script              VARCHAR NOT NULL,
    text_original              VARCHAR NOT NULL,
    text_clean                 VARCHAR NOT NULL,
    pinyin_annotations_removed INTEGER NOT NULL,
    damage_count               INTEGER NOT NULL,
    damage_flags               VARCHAR[] NOT NULL,
    is_damaged                 BOOLEAN NOT NULL,
    published_date             DATE,
    ingested_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    parser_version             VARCHAR NOT NULL
);

CREATE TABLE meetings (
    meeting_id   VARCHAR PRIMARY KEY,
    report_id    VARCHAR NOT NULL REFERENCES reports (report_id),
    seq          INTEGER NOT NULL,
    organizer    VARCHAR,
    meeting_name VARCHAR,
    date_text    VARCHAR,
    meeting_date DATE,
    location     VARCHAR,
    chair        VARCHAR,
    subject      VARCHAR,
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    evidence     VARCHAR NOT NULL,
    UNIQUE (report_id, seq)
);

CREATE TABLE attendees (
    attendee_id  VARCHAR PRIMARY KEY,
    meeting_id   VARCHAR NOT NULL REFERENCES meetings (meeting_id),
    report_id    VARCHAR NOT NULL REFERENCES reports (report_id),
    person_name  VARCHAR,
    group_name   VARCHAR,
    title        VARCHAR,
    organization VARCHAR,
    role         VARCHAR NOT NULL CHECK (role IN ('chair', 'speaker', 'attendee', 'referenced')),
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    evidence     VARCHAR NOT NULL,
    CHECK (person_name IS NOT NULL OR group_name IS NOT NULL)
);

CREATE TABLE initiatives (
    initiative_id VARCHAR PRIMARY KEY,
    meeting_id    VARCHAR NOT NULL REFERENCES meetings (meeting_id),
    report_id     VARCHAR NOT NULL REFERENCES reports (report_id),
    name          VARCHAR NOT NULL,
    full_name     VARCHAR,
    category      VARCHAR NOT NULL CHECK (category IN ('brand', 'campaign', 'framework', 'platform', 'slogan', 'document')),
    span_start    INTEGER NOT NULL,
    span_end      INTEGER NOT NULL,
    evidence      VARCHAR NOT NULL
);

CREATE TABLE rejected_files (
    source_name VARCHAR PRIMARY KEY,
    reason      VARCHAR NOT NULL,
    detail      VARCHAR NOT NULL,
    size_bytes  BIGINT,
    seen_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Bookkeeping of the pipeline, not data for analysts (and not in releases): the file
-- metadata each report was last read with, so a file whose metadata is unchanged is
-- not read and hashed again.
CREATE SCHEMA ingest;

CREATE TABLE ingest.file_signatures (
    source_name    VARCHAR PRIMARY KEY,
    file_signature VARCHAR NOT NULL
);
