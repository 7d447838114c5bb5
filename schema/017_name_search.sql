-- Name search (issue #10): an index of every name, former name and work unit a member has had, and every
-- name and former name of an enterprise, kept by the library (Sources/UnitedFront/Search/NameIndex.swift)
-- in the same transaction as the write that changes them: SQL cannot compute pinyin, so no trigger fills it.
--
-- `folded` is the text as search compares it (NameFolding): traditional characters simplified, middle dots,
-- spaces, apostrophes and control characters removed, full-width forms half-width, lower case. A `pinyin`
-- row holds the toneless pinyin of a name, in full (wuyunqimuge) or as initials (wyqmg), with the surname
-- reading of its first character (单 shan) and the common one when they differ.
--
-- Queries of 3 characters or more use the FTS5 trigram index; 1 and 2 characters (most Chinese surnames
-- and given names) use search_gram, every 1- and 2-character substring of `folded`.
CREATE TABLE search_text (
    id        INTEGER PRIMARY KEY,
    owner     TEXT NOT NULL CHECK (owner IN ('member', 'enterprise')),
    owner_id  INTEGER NOT NULL,                                   -- member.id or enterprise.id
    field     TEXT NOT NULL CHECK (field IN ('name', 'former_name', 'work_unit', 'pinyin')),
    text      TEXT NOT NULL,                                      -- as written: what a match reports
    folded    TEXT NOT NULL                                       -- as compared
) STRICT;
CREATE INDEX search_text_by_owner ON search_text(owner, owner_id, field);

CREATE VIRTUAL TABLE search_trigram USING fts5(folded, content = 'search_text', content_rowid = 'id', tokenize = 'trigram');
CREATE TRIGGER search_text_into_trigram AFTER INSERT ON search_text
BEGIN INSERT INTO search_trigram(rowid, folded) VALUES (NEW.id, NEW.folded); END;
CREATE TRIGGER search_text_out_of_trigram AFTER DELETE ON search_text
BEGIN INSERT INTO search_trigram(search_trigram, rowid, folded) VALUES ('delete', OLD.id, OLD.folded); END;
CREATE TRIGGER search_text_is_not_updated BEFORE UPDATE ON search_text
BEGIN SELECT RAISE(ABORT, 'search_text rows are replaced, never updated'); END;

CREATE TABLE search_gram (
    gram     TEXT NOT NULL,
    text_id  INTEGER NOT NULL REFERENCES search_text(id) ON DELETE CASCADE,
    PRIMARY KEY (gram, text_id)
) WITHOUT ROWID;
CREATE INDEX search_gram_by_text ON search_gram(text_id);

-- What the index was built with: the library rebuilds it, once, at open when this differs from its own
-- (a database migrated from 016 has no row; a new folding rule or character table changes the value).
CREATE TABLE search_index_version (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    version  TEXT NOT NULL
) STRICT;
