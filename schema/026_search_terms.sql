-- The name-search index keeps each distinct folded text once (issue #11): `search_term` holds it, its 1- and
-- 2-character grams and its FTS5 trigram document; `search_text` rows (who holds which name, former name, work
-- unit or pinyin spelling) point at it. Members share names and, far more, work units: in a generated
-- population of 100,000 people there are 35,925 distinct names and 432 distinct work units, so the grams and
-- trigram documents written drop from about fifty per member to a few.
--
-- The library writes every row itself (Sources/UnitedFront/Search/NameIndex.swift), in one run just before a
-- transaction commits, and no trigger feeds the FTS5 table: a statement that fires a trigger opens a
-- statement savepoint, and FTS5 flushes its pending terms to a new segment at every savepoint.
--
-- The index is rebuilt from the history when the register opens (search_index_version is cleared here).
DROP TABLE search_gram;
DROP TABLE search_trigram;
DROP TABLE search_text;
DELETE FROM search_index_version;

-- One distinct folded text. `kind` keeps pinyin spellings apart from written text: a pinyin term has grams
-- of its first one and two letters only (a short pinyin query matches from the start), written text every
-- 1- and 2-character substring.
CREATE TABLE search_term (
    id      INTEGER PRIMARY KEY,
    kind    TEXT NOT NULL CHECK (kind IN ('text', 'pinyin')),
    folded  TEXT NOT NULL,
    UNIQUE (kind, folded)
) STRICT;

-- Short queries (1 or 2 characters): gram → term. No foreign key: a term's grams are deleted with it by key
-- (computed from its text), and a key on term_id would need a second index on every gram.
CREATE TABLE search_term_gram (
    gram     TEXT NOT NULL,
    term_id  INTEGER NOT NULL,
    PRIMARY KEY (gram, term_id)
) WITHOUT ROWID;

-- Queries of 3 characters or more: one FTS5 trigram document per term (rowid = search_term.id).
CREATE VIRTUAL TABLE search_term_trigram USING fts5(folded, content = 'search_term', content_rowid = 'id', tokenize = 'trigram');

-- Who is found by a term: a member's or enterprise's name, former name, work unit or pinyin spelling.
CREATE TABLE search_text (
    id        INTEGER PRIMARY KEY,
    owner     TEXT NOT NULL CHECK (owner IN ('member', 'enterprise')),
    owner_id  INTEGER NOT NULL,                                   -- member.id or enterprise.id
    field     TEXT NOT NULL CHECK (field IN ('name', 'former_name', 'work_unit', 'pinyin')),
    text      TEXT NOT NULL,                                      -- as written: what a match reports
    term_id   INTEGER NOT NULL REFERENCES search_term(id)         -- as compared
) STRICT;
CREATE INDEX search_text_by_owner ON search_text(owner, owner_id, field);
CREATE INDEX search_text_by_term ON search_text(term_id);
CREATE TRIGGER search_text_is_not_updated BEFORE UPDATE ON search_text
BEGIN SELECT RAISE(ABORT, 'search_text rows are replaced, never updated'); END;
