// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemamigrator.h"

#include "database.h"
#include "familysetcodec.h"
#include "spancodec.h"

#include <sqlite3.h>

namespace DealScope {

namespace {

// Version 1: the store of articles and what extraction finds in them.
// Offsets are UTF-16 code units into articles.text, end exclusive. The text
// is kept once: the full-text index uses it as external content.
const char *const MigrationTo1 = R"sql(
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL,              -- canonical path of the file it came from
    file_name TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE, -- SHA-256 of the file's bytes, hex
    title TEXT NOT NULL DEFAULT '',
    publisher TEXT,
    published TEXT,                  -- ISO date found in the article, or NULL
    published_by_user TEXT,          -- ISO date the user set; wins over `published`
    format TEXT NOT NULL,            -- txt, md, html
    encoding TEXT NOT NULL,
    byte_size INTEGER NOT NULL,
    text TEXT NOT NULL,              -- the decoded text every offset indexes
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_by_path ON articles(path);

-- Figures and mentions are most of the rows, so they are kept small: keyed
-- by (article_id, start) without a rowid (no second index), the end as a
-- length, kind, unit and qualifier as one id into `figure_types`, nothing derived
-- (the excluded region a span lies in is looked up by the views below).
-- `seq` tells apart spans that start at the same offset (usually 0).
CREATE TABLE excluded_regions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    reason TEXT NOT NULL,            -- teaser, furniture, repeat
    PRIMARY KEY (article_id, start, "end")
) WITHOUT ROWID;

-- What a figure is, stored once for all figures alike: a few hundred rows.
CREATE TABLE figure_types (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,              -- money, percent, power, count, date, duration
    unit TEXT NOT NULL,              -- '' when none
    qualifier TEXT NOT NULL,
    UNIQUE (kind, unit, qualifier)
);

CREATE TABLE figures (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    seq INTEGER NOT NULL DEFAULT 0,
    length INTEGER NOT NULL,
    type INTEGER NOT NULL REFERENCES figure_types(id),
    value REAL,                      -- NULL for dates
    value_max REAL,
    date TEXT,
    date_max TEXT,
    retracted INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, start, seq)
) WITHOUT ROWID;

CREATE TABLE entities (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,              -- canonical name
    type TEXT NOT NULL,              -- org, person, product, place
    part_of TEXT,
    UNIQUE (name, type)
);

CREATE TABLE entity_mentions (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    seq INTEGER NOT NULL DEFAULT 0,
    length INTEGER NOT NULL,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    known INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, start, seq)
) WITHOUT ROWID;

-- The rows with their names, ends and excluded regions, as readers want them.
CREATE VIEW figure_details AS
    SELECT f.article_id, f.start, f.start + f.length AS "end", t.kind, f.value, f.value_max, f.date,
           f.date_max, t.unit, t.qualifier, f.retracted,
           (SELECT r.reason FROM excluded_regions r WHERE r.article_id = f.article_id AND r.start <= f.start
                AND r."end" >= f.start + f.length ORDER BY r.start LIMIT 1) AS excluded
    FROM figures f JOIN figure_types t ON t.id = f.type;

CREATE VIEW entity_mention_names AS
    SELECT m.article_id, e.name, e.type, m.start, m.start + m.length AS "end", e.part_of, m.known,
           (SELECT r.reason FROM excluded_regions r WHERE r.article_id = m.article_id AND r.start <= m.start
                AND r."end" >= m.start + m.length ORDER BY r.start LIMIT 1) AS excluded
    FROM entity_mentions m JOIN entities e ON e.id = m.entity_id;

-- External content: the index stores no second copy of the text.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text,
    content='articles', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
-- Words wait in memory up to 8 MB before a segment is written: fewer,
-- larger segments, less merging during a big ingest.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 8388608);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
)sql";

// Version 2: room for reconciliation, the timeline and the user's curation.
// Curation refers to articles by content hash and offsets, not by id, so it
// survives an article being replaced by a new version of its file.
const char *const MigrationTo2 = R"sql(
CREATE TABLE facts (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    object TEXT,
    metric TEXT NOT NULL,
    value REAL,
    value_max REAL,
    unit TEXT NOT NULL DEFAULT '',
    qualifier TEXT NOT NULL DEFAULT 'exact',
    "when" TEXT,
    status TEXT NOT NULL DEFAULT 'single'
);
CREATE INDEX facts_by_parties ON facts(subject, object, metric);

CREATE TABLE fact_sources (
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    figure_start INTEGER NOT NULL,   -- the figure, by its article and start
    quote_start INTEGER,
    quote_end INTEGER,
    PRIMARY KEY (fact_id, article_id, figure_start)
) WITHOUT ROWID;
CREATE INDEX fact_sources_by_article ON fact_sources(article_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    date TEXT,                       -- NULL when undated
    precision TEXT NOT NULL DEFAULT 'undated', -- day, month, year, undated
    title TEXT NOT NULL,
    sort_key INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE event_facts (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, fact_id)
) WITHOUT ROWID;
CREATE INDEX event_facts_by_fact ON event_facts(fact_id);

CREATE TABLE curation (
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL,            -- what is curated: figure, fact, event, article
    target_key TEXT NOT NULL,        -- stable key, e.g. content hash + offsets
    action TEXT NOT NULL,            -- e.g. reject, accept, set_date, merge
    value TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX curation_by_target ON curation(target, target_key);
)sql";

// Version 3: the facts engine's own layout. Every relation read at ingest
// is kept (fact_mentions, with the family key subject/object/metric/part/unit
// that incremental reconciliation looks facts up by); facts hang on their
// mentions, so deleting an article drops its sources by cascade. Version 2's
// fact tables were never filled, so they are simply replaced.
const char *const MigrationTo3 = R"sql(
DROP TABLE event_facts;
DROP TABLE events;
DROP TABLE fact_sources;
DROP TABLE facts;

CREATE TABLE fact_mentions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    family TEXT NOT NULL,
    subject TEXT NOT NULL,
    object TEXT NOT NULL,
    subject_name TEXT NOT NULL,
    object_name TEXT NOT NULL,
    metric TEXT NOT NULL,
    part TEXT NOT NULL,
    kind TEXT NOT NULL,
    value REAL NOT NULL,
    value_max REAL,
    unit TEXT NOT NULL,
    qualifier TEXT NOT NULL,
    retracted INTEGER NOT NULL,
    time TEXT NOT NULL,              -- ISO of its precision, '' when undated
    file_name TEXT NOT NULL,
    article_date TEXT,
    article_order INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    quote TEXT NOT NULL,
    sentence_start INTEGER NOT NULL,
    paragraph_start INTEGER NOT NULL,
    flags INTEGER NOT NULL           -- 1 ratio, 2 vendor claim, 4 speculation, 8 excluded, 16 refers to earlier
);
CREATE INDEX fact_mentions_by_article ON fact_mentions(article_id);
CREATE INDEX fact_mentions_by_family ON fact_mentions(family);

CREATE TABLE facts (
    id INTEGER PRIMARY KEY,
    family TEXT NOT NULL,
    subject TEXT NOT NULL,
    object TEXT NOT NULL,
    metric TEXT NOT NULL,
    part TEXT NOT NULL,
    value REAL,
    value_max REAL,
    unit TEXT NOT NULL DEFAULT '',
    qualifier TEXT NOT NULL DEFAULT 'exact',
    "when" TEXT NOT NULL,            -- '' when undated
    status TEXT NOT NULL DEFAULT 'single',
    first_reported_by TEXT NOT NULL DEFAULT '',
    alternatives TEXT NOT NULL DEFAULT '' -- fact ids, space separated
);
CREATE INDEX facts_by_family ON facts(family);

CREATE TABLE fact_sources (
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    mention_id INTEGER NOT NULL REFERENCES fact_mentions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (fact_id, mention_id)
) WITHOUT ROWID;
CREATE INDEX fact_sources_by_mention ON fact_sources(mention_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    date TEXT,                       -- NULL when undated
    precision TEXT NOT NULL DEFAULT 'undated',
    title TEXT NOT NULL,
    sort_key INTEGER NOT NULL DEFAULT 0,
    after_event INTEGER
);

CREATE TABLE event_facts (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, fact_id)
) WITHOUT ROWID;
CREATE INDEX event_facts_by_fact ON event_facts(fact_id);

-- Articles stored before this version have no mentions yet: the facts
-- engine reads them again on first use (FactStore::RulesVersion). An empty
-- database gets no mark: it is current whatever the rules' version.
INSERT OR REPLACE INTO meta (key, value)
    SELECT 'facts_rules', '0' WHERE EXISTS (SELECT 1 FROM articles);
)sql";

// Version 4: the store at 100,000 articles. The text is kept compressed
// (`body`, StoredText) and `text` becomes a virtual column computed from it,
// so every reader of articles.text and the full-text index (external content
// over that column) work as before. An article's figures and entity mentions
// become one BLOB in `article_spans` (SpanCodec) instead of ~100 rows; which
// entities an article names, and how often, stays queryable in
// `entity_articles`. SchemaMigrator fills article_spans from the old rows
// between this and MigrationTo4Cleanup.
const char *const MigrationTo4 = R"sql(
DROP TRIGGER articles_fts_insert;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_update;
DROP VIEW figure_details;
DROP VIEW entity_mention_names;

ALTER TABLE articles ADD COLUMN body BLOB NOT NULL DEFAULT x''; -- the decoded text, StoredText::compress
UPDATE articles SET body = dealscope_compress(text);
ALTER TABLE articles DROP COLUMN text;
ALTER TABLE articles ADD COLUMN text TEXT GENERATED ALWAYS AS (dealscope_text(body)) VIRTUAL;

CREATE TABLE article_spans (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    figure_count INTEGER NOT NULL,
    mention_count INTEGER NOT NULL,
    data BLOB NOT NULL               -- SpanCodec: figures and entity mentions
);

CREATE TABLE entity_articles (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
INSERT INTO entity_articles (article_id, entity_id, mentions)
    SELECT article_id, entity_id, count(*) FROM entity_mentions GROUP BY article_id, entity_id;

-- ArticleStore indexes the articles it inserts itself, with the text it
-- has at hand: a trigger on insert made every insert a statement with a
-- statement journal, and FTS5 writes its pending words to disk at each such
-- statement (xSavepoint), which made one index segment per article.
-- Deletions and updates, from anywhere, are still followed by triggers.
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;

-- Merge 16 index segments at a time instead of 4: each level of merging
-- rewrites every word once, and 16 at a time needs half as many levels for
-- a large ingest; a search reads a few more segments.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('automerge', 16);
)sql";

const char *const MigrationTo4Cleanup = R"sql(
DROP TABLE figures;
DROP TABLE entity_mentions;
)sql";

// Version 5: the fact tables made small (issue 4: the database ≤ 2× the raw
// text). Nothing is stored that the article row or a lookup table already
// holds: names, metric/part/kind/unit/qualifier and statuses are integers,
// a mention's quote and figure text are read from the article text at its
// offsets, its file name and date by joining `articles`. The family (the
// key facts are reconciled by) is a 31-bit hash, and mentions are stored in
// family order (WITHOUT ROWID) so that a family is one range of one B-tree
// and rebuilding every fact is one sequential pass. A mention names the
// fact it is a source of (fact_id, position): that replaces fact_sources.
// Facts are not converted: the articles are read again on first use.
const char *const MigrationTo5 = R"sql(
DROP TABLE IF EXISTS event_facts;
DROP TABLE IF EXISTS events;
DROP TABLE IF EXISTS fact_sources;
DROP TABLE IF EXISTS facts;
DROP TABLE IF EXISTS fact_mentions;

-- Parties as the relations name them: a few rows per organisation. The ids
-- in the tables below are not declared as foreign keys: FactStore writes
-- them, and a check per column would cost every insert an index lookup.
CREATE TABLE fact_names (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- What a reading measures, stored once for all mentions alike.
CREATE TABLE fact_types (
    id INTEGER PRIMARY KEY,
    metric TEXT NOT NULL,            -- the contract's metric names
    part TEXT NOT NULL,              -- '' for a whole figure, else upfront, milestone, remainder, total, target
    kind TEXT NOT NULL,              -- money, percent, power, count, date, duration
    unit TEXT NOT NULL,
    qualifier TEXT NOT NULL,
    UNIQUE (metric, part, kind, unit, qualifier)
);

CREATE TABLE fact_mentions (
    family INTEGER NOT NULL,         -- 31-bit hash of subject, object, metric, part, unit (and the article when
                                     -- no party); rows of colliding keys are told apart by their columns
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,            -- the reading's place among its article's readings
    subject INTEGER,                 -- fact_names.id; NULL: none
    object INTEGER,
    subject_name INTEGER,            -- as the article names it; NULL: as `subject`
    object_name INTEGER,
    type INTEGER NOT NULL,           -- fact_types.id
    value REAL NOT NULL,
    value_max REAL,
    time INTEGER,                    -- 2025, 202511 or 20251103 by precision; NULL undated;
                                     -- another form of date: minus its fact_names.id
    start INTEGER NOT NULL,          -- the figure, UTF-16 offsets into articles.text
    length INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL, -- the quote: [sentence_start, sentence_end)
    sentence_end INTEGER NOT NULL,
    paragraph_start INTEGER NOT NULL,
    flags INTEGER NOT NULL,          -- 1 ratio, 2 vendor claim, 4 speculation, 8 excluded, 16 refers to earlier, 32 retracted
    quote_key INTEGER NOT NULL,      -- hash of the normalised quote: a repeated sentence is one source
    fact_id INTEGER,                 -- the fact it is a source of; NULL: none (kept apart, or a repeat)
    position INTEGER,                -- its place among that fact's sources
    PRIMARY KEY (family, article_id, ord)
) WITHOUT ROWID;
CREATE INDEX fact_mentions_by_article ON fact_mentions(article_id);

CREATE TABLE facts (
    id INTEGER PRIMARY KEY,
    family INTEGER NOT NULL,
    subject INTEGER,                 -- fact_names.id; NULL: none
    object INTEGER,
    type INTEGER NOT NULL,           -- fact_types.id: metric, part, unit and the representative's qualifier
    value REAL,
    value_max REAL,
    time INTEGER,                    -- as fact_mentions.time
    status INTEGER NOT NULL,         -- 0 single, 1 corroborated, 2 conflict, 3 retracted
    first_reported_by INTEGER,       -- articles.id
    alternatives TEXT                -- fact ids, space separated; NULL none
);
CREATE INDEX facts_by_family ON facts(family);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    date TEXT,
    precision TEXT NOT NULL DEFAULT 'undated',
    title TEXT NOT NULL,
    sort_key INTEGER NOT NULL DEFAULT 0,
    after_event INTEGER
);

CREATE TABLE event_facts (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    fact_id INTEGER NOT NULL,        -- facts.id; no foreign key, so that emptying facts stays a truncation
    PRIMARY KEY (event_id, fact_id)
) WITHOUT ROWID;
CREATE INDEX event_facts_by_fact ON event_facts(fact_id);

-- Readers' views with names instead of ids (quotes come from the article text in C++:
-- offsets are UTF-16 units, SQLite's substr counts characters).
CREATE VIEW fact_mention_details AS
    SELECT m.family, m.article_id, m.ord, a.file_name, coalesce(a.published_by_user, a.published) AS article_date,
           coalesce(s.name, '') AS subject, coalesce(o.name, '') AS object,
           coalesce(sn.name, s.name, '') AS subject_name, coalesce(onm.name, o.name, '') AS object_name,
           t.metric, t.part, t.kind, m.value, m.value_max, t.unit, t.qualifier, (m.flags & 32) <> 0 AS retracted,
           m.time, m.start, m.start + m.length AS "end", m.sentence_start, m.sentence_end, m.paragraph_start,
           m.flags, m.fact_id, m.position
    FROM fact_mentions m JOIN articles a ON a.id = m.article_id JOIN fact_types t ON t.id = m.type
    LEFT JOIN fact_names s ON s.id = m.subject LEFT JOIN fact_names o ON o.id = m.object
    LEFT JOIN fact_names sn ON sn.id = m.subject_name LEFT JOIN fact_names onm ON onm.id = m.object_name;

CREATE VIEW fact_details AS
    SELECT f.id, f.family, coalesce(s.name, '') AS subject, coalesce(o.name, '') AS object, t.metric, t.part,
           f.value, f.value_max, t.unit, t.qualifier, f.time AS "when",
           CASE f.status WHEN 0 THEN 'single' WHEN 1 THEN 'corroborated' WHEN 2 THEN 'conflict' ELSE 'retracted' END
               AS status,
           a.file_name AS first_reported_by, coalesce(f.alternatives, '') AS alternatives
    FROM facts f JOIN fact_types t ON t.id = f.type LEFT JOIN fact_names s ON s.id = f.subject
    LEFT JOIN fact_names o ON o.id = f.object LEFT JOIN articles a ON a.id = f.first_reported_by;

INSERT OR REPLACE INTO meta (key, value)
    SELECT 'facts_rules', '0' WHERE EXISTS (SELECT 1 FROM articles);
)sql";

// Version 6: events stored at reconciliation time (EventStore), in timeline
// order, with what the timeline and the deal browser show of each: its
// parties and sources (names separated by U+001F), its main figure and its
// fact ids in the event's order; event_parties finds an entity's events.
// Existing events are not converted: EventStore builds them on first use.
const char *const MigrationTo6 = R"sql(
DELETE FROM event_facts;
DELETE FROM events;
ALTER TABLE events ADD COLUMN parties TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN sources TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN figure TEXT NOT NULL DEFAULT '';
ALTER TABLE events ADD COLUMN facts TEXT NOT NULL DEFAULT '';
CREATE TABLE event_parties (
    name INTEGER NOT NULL,           -- fact_names.id
    event_id INTEGER NOT NULL,       -- events.id
    PRIMARY KEY (name, event_id)
) WITHOUT ROWID;
DELETE FROM meta WHERE key = 'events_version';
)sql";

// Version 7: ties an article states without a figure (distribution, joint
// ventures; AgreementReader), for the stake graph. Few rows: names as text.
// Stored articles are read again on first use, as after a rule change.
const char *const MigrationTo7 = R"sql(
CREATE TABLE agreements (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,              -- distribution, joint_venture
    from_name TEXT NOT NULL,         -- the distributor; a member of the venture
    to_name TEXT NOT NULL,           -- what is distributed; the venture
    to_type TEXT NOT NULL,           -- org or product
    to_part_of TEXT,                 -- a product's maker
    start INTEGER NOT NULL,          -- the words stating it, UTF-16 offsets into articles.text
    "end" INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL
);
CREATE INDEX agreements_by_article ON agreements(article_id);

INSERT OR REPLACE INTO meta (key, value)
    SELECT 'facts_rules', '0' WHERE EXISTS (SELECT 1 FROM articles);
)sql";

// Version 8: the spans in SpanCodec version 2, which DealScopes of schema
// version 7 cannot read (hence a version); SchemaMigrator rewrites the blobs
// (rewriteSpans). New files get 16 KB pages (Database). entity_articles
// loses its foreign key to entities (rows are never deleted from entities):
// about ten rows per article each looked its entity up.
const char *const MigrationTo8SpansV2 = R"sql(
CREATE TABLE entity_articles_v8 (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL,      -- entities.id
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
INSERT INTO entity_articles_v8 (article_id, entity_id, mentions)
    SELECT article_id, entity_id, mentions FROM entity_articles ORDER BY article_id, entity_id;
DROP TABLE entity_articles;
ALTER TABLE entity_articles_v8 RENAME TO entity_articles;
)sql";

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

int readInt(const Database &db, const char *sql)
{
    Statement s = db.prepare(sql);
    return s.step() ? int(s.columnInt(0)) : -1;
}

// Only the version changes: StoredText tells a body's format by its first
// bytes, and the bump makes version-8 builds refuse a file whose new texts
// they could not read.
const char *const MigrationTo9ZstdText = "SELECT 1;";

// Version 10 (issues 4 and 5): rebuilding the facts writes no mention row.
// A fact lists its own sources (facts.sources, FactSourceCodec: the
// (article_id, ord) keys of its mentions in source order) instead of every
// mention naming its fact (fact_id, position). A fact's id encodes its family:
// family << 20 | n, n ≥ 1 its number within the family (51 bits, exact in
// JSON), so a family's facts are the rowid range [family << 20, (family + 1) << 20)
// and need neither a family column nor an index; a rebuild visits families in
// ascending order, so every fact it writes is an append. Facts and events are
// made again on first use.
const char *const MigrationTo10 = R"sql(
DROP VIEW fact_mention_details;
DROP VIEW fact_details;

CREATE TABLE fact_mentions_v10 (
    family INTEGER NOT NULL,         -- 31-bit hash of subject, object, metric, part, unit (and the article when
                                     -- no party); rows of colliding keys are told apart by their columns
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ord INTEGER NOT NULL,            -- the reading's place among its article's readings
    subject INTEGER,                 -- fact_names.id; NULL: none
    object INTEGER,
    subject_name INTEGER,            -- as the article names it; NULL: as `subject`
    object_name INTEGER,
    type INTEGER NOT NULL,           -- fact_types.id
    value REAL NOT NULL,
    value_max REAL,
    time INTEGER,                    -- 2025, 202511 or 20251103 by precision; NULL undated;
                                     -- another form of date: minus its fact_names.id
    start INTEGER NOT NULL,          -- the figure, UTF-16 offsets into articles.text
    length INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL, -- the quote: [sentence_start, sentence_end)
    sentence_end INTEGER NOT NULL,
    paragraph_start INTEGER NOT NULL,
    flags INTEGER NOT NULL,          -- 1 ratio, 2 vendor claim, 4 speculation, 8 excluded, 16 refers to earlier, 32 retracted
    quote_key INTEGER NOT NULL,      -- hash of the normalised quote: a repeated sentence is one source
    PRIMARY KEY (family, article_id, ord)
) WITHOUT ROWID;
INSERT INTO fact_mentions_v10
    SELECT family, article_id, ord, subject, object, subject_name, object_name, type, value, value_max, time, start,
           length, sentence_start, sentence_end, paragraph_start, flags, quote_key
    FROM fact_mentions ORDER BY family, article_id, ord;
DROP TABLE fact_mentions;
ALTER TABLE fact_mentions_v10 RENAME TO fact_mentions;
CREATE INDEX fact_mentions_by_article ON fact_mentions(article_id);

DROP TABLE facts;
CREATE TABLE facts (
    id INTEGER PRIMARY KEY,          -- family << 20 | n: the family's facts are one range of ids
    subject INTEGER,                 -- fact_names.id; NULL: none
    object INTEGER,
    type INTEGER NOT NULL,           -- fact_types.id: metric, part, unit and the representative's qualifier
    value REAL,
    value_max REAL,
    time INTEGER,                    -- as fact_mentions.time
    status INTEGER NOT NULL,         -- 0 single, 1 corroborated, 2 conflict, 3 retracted
    first_reported_by INTEGER,       -- articles.id
    alternatives TEXT,               -- fact ids, space separated; NULL none
    sources BLOB NOT NULL            -- FactSourceCodec: its mentions' (article_id, ord) in source order
);

DELETE FROM event_facts;
DELETE FROM event_parties;
DELETE FROM events;
DELETE FROM meta WHERE key = 'events_version';

CREATE VIEW fact_mention_details AS
    SELECT m.family, m.article_id, m.ord, a.file_name, coalesce(a.published_by_user, a.published) AS article_date,
           coalesce(s.name, '') AS subject, coalesce(o.name, '') AS object,
           coalesce(sn.name, s.name, '') AS subject_name, coalesce(onm.name, o.name, '') AS object_name,
           t.metric, t.part, t.kind, m.value, m.value_max, t.unit, t.qualifier, (m.flags & 32) <> 0 AS retracted,
           m.time, m.start, m.start + m.length AS "end", m.sentence_start, m.sentence_end, m.paragraph_start,
           m.flags
    FROM fact_mentions m JOIN articles a ON a.id = m.article_id JOIN fact_types t ON t.id = m.type
    LEFT JOIN fact_names s ON s.id = m.subject LEFT JOIN fact_names o ON o.id = m.object
    LEFT JOIN fact_names sn ON sn.id = m.subject_name LEFT JOIN fact_names onm ON onm.id = m.object_name;

CREATE VIEW fact_details AS
    SELECT f.id, f.id >> 20 AS family, coalesce(s.name, '') AS subject, coalesce(o.name, '') AS object, t.metric,
           t.part, f.value, f.value_max, t.unit, t.qualifier, f.time AS "when",
           CASE f.status WHEN 0 THEN 'single' WHEN 1 THEN 'corroborated' WHEN 2 THEN 'conflict' ELSE 'retracted' END
               AS status,
           a.file_name AS first_reported_by, coalesce(f.alternatives, '') AS alternatives
    FROM facts f JOIN fact_types t ON t.id = f.type LEFT JOIN fact_names s ON s.id = f.subject
    LEFT JOIN fact_names o ON o.id = f.object LEFT JOIN articles a ON a.id = f.first_reported_by;

-- As after a rule change (FactStore::isCurrent): the stored articles are read again.
INSERT OR REPLACE INTO meta (key, value)
    SELECT 'facts_rules', '0' WHERE EXISTS (SELECT 1 FROM articles);
)sql";

// Version 11 (issue 4): fact mentions without a foreign key and without an
// index by article. In a bulk ingest the mentions are written in family
// order, so every row's parent look-up in `articles` (large rows, random ids)
// and every entry of the by-article index went to a random page. What an
// article has in fact_mentions is kept in `article_families` instead: one row
// per article, written in article order; FactStore::forgetArticle deletes an
// article's mentions through it before the article goes (nothing cascades to
// fact_mentions any more). The mentions are copied, not dropped: their keys
// stay, so the stored facts and events stay valid and nothing is read again
// (a copy in key order is appends; reading 100,000 articles again takes
// minutes). SchemaMigrator fills article_families from the old index
// (packArticleFamilies), then runs MigrationTo11Cleanup with the views on
// fact_mentions set aside.
const char *const MigrationTo11 = R"sql(
CREATE TABLE fact_mentions_v11 (
    family INTEGER NOT NULL,
    article_id INTEGER NOT NULL,     -- articles.id; no foreign key: FactStore::forgetArticle deletes the rows
    ord INTEGER NOT NULL,
    subject INTEGER,
    object INTEGER,
    subject_name INTEGER,
    object_name INTEGER,
    type INTEGER NOT NULL,
    value REAL NOT NULL,
    value_max REAL,
    time INTEGER,
    start INTEGER NOT NULL,
    length INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,
    sentence_end INTEGER NOT NULL,
    paragraph_start INTEGER NOT NULL,
    flags INTEGER NOT NULL,
    quote_key INTEGER NOT NULL,
    PRIMARY KEY (family, article_id, ord)
) WITHOUT ROWID;

CREATE TABLE article_families (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    families BLOB NOT NULL,          -- FamilySetCodec: the families of the article's fact mentions
    next_ord INTEGER NOT NULL        -- the ord its next mention takes (its mentions number 0 … next_ord - 1)
);
)sql";

// Mentions of an article that is gone (possible only if foreign keys were
// once off) are not copied: nothing would delete them. article_families
// (filled before, for stored articles only) tells; `+article_id` keeps the
// copy a scan in key order (by the index it would sort all rows).
const char *const MigrationTo11Cleanup = R"sql(
INSERT INTO fact_mentions_v11
    SELECT family, article_id, ord, subject, object, subject_name, object_name, type, value, value_max, time, start,
           length, sentence_start, sentence_end, paragraph_start, flags, quote_key
    FROM fact_mentions WHERE +article_id IN (SELECT article_id FROM article_families) ORDER BY family, article_id, ord;
DROP TABLE fact_mentions;
ALTER TABLE fact_mentions_v11 RENAME TO fact_mentions;
)sql";

// Version 12 (issue 4): the zstd dictionaries of stored texts
// (TextDictionaries). A body compressed with one names the dictionary's id in
// its frame; bodies written before stay as they are (no dictionary).
const char *const MigrationTo12TextDictionaries = R"sql(
CREATE TABLE text_dictionaries (
    seq INTEGER PRIMARY KEY,         -- order of training: the newest compresses new texts
    id INTEGER NOT NULL UNIQUE,      -- the dictionary's zstd id, as frames name it
    dictionary BLOB NOT NULL         -- as ZDICT_trainFromBuffer made it
);
)sql";

} // namespace

SchemaMigrator::SchemaMigrator(Database &db)
    : m_db(db)
{
}

const char *SchemaMigrator::migrationSql(int toVersion)
{
    switch (toVersion) {
    case 1:
        return MigrationTo1;
    case 2:
        return MigrationTo2;
    case 3:
        return MigrationTo3;
    case 4:
        return MigrationTo4;
    case 5:
        return MigrationTo5;
    case 6:
        return MigrationTo6;
    case 7:
        return MigrationTo7;
    case 8:
        return MigrationTo8SpansV2;
    case 9:
        return MigrationTo9ZstdText;
    case 10:
        return MigrationTo10;
    case 11:
        return MigrationTo11;
    case 12:
        return MigrationTo12TextDictionaries;
    default:
        return nullptr;
    }
}

bool SchemaMigrator::checkCompatible(const Database &db, QString *error)
{
    const int version = readInt(db, "PRAGMA user_version");
    if (version < 0) {
        setError(error, db.lastError());
        return false;
    }
    if (version > LatestVersion) {
        setError(error, QStringLiteral("this database was written by a newer DealScope (schema version %1; this "
                                       "DealScope knows versions up to %2). It was left untouched: open it with "
                                       "a newer DealScope, or choose another file with --db.")
                            .arg(version)
                            .arg(LatestVersion));
        return false;
    }
    const int applicationId = readInt(db, "PRAGMA application_id");
    const int tables = readInt(db, "SELECT count(*) FROM sqlite_schema");
    if (applicationId != ApplicationId && (version > 0 || tables > 0)) {
        setError(error, QStringLiteral("not a DealScope database (it holds other data); it was left untouched"));
        return false;
    }
    return true;
}

bool SchemaMigrator::migrateTo(int target, QString *error)
{
    if (target > LatestVersion) {
        setError(error, QStringLiteral("no schema version %1").arg(target));
        return false;
    }
    for (;;) {
        // Read the version inside the write transaction: another process may
        // have migrated the file meanwhile.
        QString sqlError;
        if (!m_db.beginImmediate(&sqlError)) {
            setError(error, QStringLiteral("cannot update the schema: %1").arg(sqlError));
            return false;
        }
        const int version = m_db.userVersion();
        if (version > LatestVersion) {
            m_db.rollback();
            return checkCompatible(m_db, error);
        }
        if (version >= target) {
            m_db.rollback();
            return true;
        }
        const int next = version + 1;
        bool ok = m_db.exec(migrationSql(next), &sqlError);
        if (ok && next == 1)
            ok = m_db.exec(QStringLiteral("PRAGMA application_id=%1").arg(ApplicationId), &sqlError);
        if (ok && next == 4)
            ok = packSpans(&sqlError) && m_db.exec(MigrationTo4Cleanup, &sqlError);
        if (ok && next == 8)
            ok = rewriteSpans(&sqlError);
        if (ok && next == 11)
            ok = packArticleFamilies(&sqlError) && replaceKeepingViews("fact_mentions", MigrationTo11Cleanup, &sqlError);
        if (ok)
            ok = m_db.exec(QStringLiteral("PRAGMA user_version=%1").arg(next), &sqlError);
        if (ok)
            ok = m_db.commit(&sqlError);
        if (!ok) {
            m_db.rollback();
            setError(error, QStringLiteral("migration to schema version %1 failed: %2").arg(next).arg(sqlError));
            return false;
        }
    }
}

} // namespace DealScope

namespace DealScope {

bool SchemaMigrator::packSpans(QString *error)
{
    // A merge of three cursors ordered by article: memory stays flat however
    // large the database.
    Statement articles = m_db.prepare("SELECT id FROM articles ORDER BY id");
    Statement figures = m_db.prepare("SELECT article_id, start, length, type, value, value_max, date, date_max, "
                                     "retracted FROM figures ORDER BY article_id, start, seq");
    Statement mentions = m_db.prepare(
        "SELECT article_id, start, length, entity_id, known FROM entity_mentions ORDER BY article_id, start, seq");
    Statement insert = m_db.prepare(
        "INSERT INTO article_spans (article_id, figure_count, mention_count, data) VALUES (?1, ?2, ?3, ?4)");
    auto optionalDouble = [](const Statement &s, int column) {
        return s.columnIsNull(column) ? std::optional<double>() : std::optional<double>(s.columnDouble(column));
    };
    bool figureRow = figures.step();
    bool mentionRow = mentions.step();
    while (articles.step()) {
        const qint64 id = articles.columnInt(0);
        SpanCodec::Spans spans;
        for (; figureRow && figures.columnInt(0) <= id; figureRow = figures.step()) {
            if (figures.columnInt(0) < id)
                continue; // an orphan row (foreign keys were off once)
            SpanCodec::StoredFigure f;
            f.start = figures.columnInt(1);
            f.end = f.start + figures.columnInt(2);
            f.typeId = figures.columnInt(3);
            f.value = optionalDouble(figures, 4);
            f.valueMax = optionalDouble(figures, 5);
            f.date = figures.columnText(6);
            f.dateMax = figures.columnText(7);
            f.retracted = figures.columnInt(8) != 0;
            spans.figures.append(f);
        }
        for (; mentionRow && mentions.columnInt(0) <= id; mentionRow = mentions.step()) {
            if (mentions.columnInt(0) < id)
                continue;
            spans.mentions.append(
                {mentions.columnInt(1), mentions.columnInt(1) + mentions.columnInt(2), mentions.columnInt(3),
                 mentions.columnInt(4) != 0});
        }
        insert.bind(1, id);
        insert.bind(2, qint64(spans.figures.size()));
        insert.bind(3, qint64(spans.mentions.size()));
        insert.bindBlob(4, SpanCodec::encode(spans));
        insert.step();
        if (insert.resultCode() != SQLITE_DONE) {
            setError(error, insert.errorText());
            return false;
        }
        insert.reset();
    }
    for (const Statement *s : {&articles, &figures, &mentions}) {
        if (!s->succeeded()) {
            setError(error, s->errorText());
            return false;
        }
    }
    return true;
}

bool SchemaMigrator::rewriteSpans(QString *error)
{
    // A thousand rows at a time, by id: memory stays flat, and no cursor
    // walks the rows it is rewriting.
    Statement select = m_db.prepare(
        "SELECT article_id, data FROM article_spans WHERE article_id > ?1 ORDER BY article_id LIMIT 1000");
    Statement update = m_db.prepare("UPDATE article_spans SET data = ?2 WHERE article_id = ?1");
    qint64 last = -1;
    for (bool more = true; more;) {
        more = false;
        QList<QPair<qint64, QByteArray>> rows;
        select.bind(1, last);
        while (select.step()) {
            last = select.columnInt(0);
            rows.append({last, select.columnBlob(1)});
            more = true;
        }
        if (!select.succeeded()) {
            setError(error, select.errorText());
            return false;
        }
        select.reset();
        for (const auto &[id, data] : std::as_const(rows)) {
            const std::optional<SpanCodec::Spans> spans = SpanCodec::decode(data);
            if (!spans)
                continue; // damaged: unreadable in any version, left as it is
            update.bind(1, id);
            update.bindBlob(2, SpanCodec::encode(*spans));
            update.step();
            if (update.resultCode() != SQLITE_DONE) {
                setError(error, update.errorText());
                return false;
            }
            update.reset();
        }
    }
    return true;
}

} // namespace DealScope

namespace DealScope {

bool SchemaMigrator::packArticleFamilies(QString *error)
{
    // By fact_mentions_by_article (article_id, then the key's family and ord):
    // one pass in article order, each article's families in ascending order.
    Statement mentions = m_db.prepare("SELECT article_id, family, max(ord) FROM fact_mentions "
                                      "GROUP BY article_id, family ORDER BY article_id, family");
    Statement insert = m_db.prepare("INSERT INTO article_families (article_id, families, next_ord) "
                                    "SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?1)");
    QList<qint64> families;
    qint64 article = -1, nextOrd = 0;
    auto flush = [&] {
        if (families.isEmpty())
            return true;
        insert.bind(1, article);
        insert.bindBlob(2, FamilySetCodec::encode(families));
        insert.bind(3, nextOrd);
        families.clear();
        nextOrd = 0;
        return insert.execute(error);
    };
    while (mentions.step()) {
        if (mentions.columnInt(0) != article && !flush())
            return false;
        article = mentions.columnInt(0);
        families.append(mentions.columnInt(1));
        nextOrd = std::max(nextOrd, mentions.columnInt(2) + 1);
    }
    if (!mentions.succeeded()) {
        setError(error, mentions.errorText());
        return false;
    }
    return flush();
}

bool SchemaMigrator::replaceKeepingViews(const char *table, const char *sql, QString *error)
{
    // A view on a table is checked when the table is renamed: the views on
    // `table` are dropped while `sql` replaces it, then made again as they were.
    QStringList names, views;
    {
        Statement s = m_db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'view' AND sql LIKE '%' || ?1 || '%' "
                                   "ORDER BY name");
        s.bind(1, QString::fromLatin1(table));
        while (s.step()) {
            names.append(s.columnText(0));
            views.append(s.columnText(1));
        }
        if (!s.succeeded()) {
            setError(error, s.errorText());
            return false;
        }
    }
    for (const QString &name : std::as_const(names))
        if (!m_db.exec(QStringLiteral("DROP VIEW \"%1\"").arg(name), error))
            return false;
    if (!m_db.exec(sql, error))
        return false;
    for (const QString &view : std::as_const(views))
        if (!m_db.exec(view, error))
            return false;
    return true;
}

} // namespace DealScope
