-- More records a member holds over dates, laid out like those of 011_member_records.sql: 侨情 (overseas
-- contacts), 新的社会阶层人士 groups, relations to other members, and honours.

-- 侨情: overseas type, country of residence, nationality, the residence facts of the 华侨 test, and a 侨眷's relative.
CREATE TABLE overseas (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX overseas_by_member ON overseas(member_id);

CREATE TABLE overseas_history (
    id              INTEGER PRIMARY KEY,
    record_id       INTEGER NOT NULL REFERENCES overseas(id),
    valid_from      TEXT NOT NULL,
    valid_to        TEXT,
    changeset_id    INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by   INTEGER REFERENCES changeset(id),
    points          TEXT,
    status          TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    type            TEXT NOT NULL,                                      -- code list overseas_type
    country         TEXT,                                               -- 居住国, code list country
    nationality     TEXT,                                               -- 国籍, code list country
    residence_right TEXT,                                               -- 居留权, code list residence_right
    resident_since  TEXT,                                               -- the day legal residence began
    months_present  TEXT,                                               -- 累计居住月数 in the test period
    relative        TEXT,                                               -- for a 侨眷: member.id of the 华侨/归侨
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX overseas_history_by_record ON overseas_history(record_id, valid_from);
CREATE INDEX overseas_history_current ON overseas_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER overseas_history_is_append_only BEFORE DELETE ON overseas_history
BEGIN SELECT RAISE(ABORT, 'overseas history is never deleted'); END;
CREATE TRIGGER overseas_history_only_superseded BEFORE UPDATE ON overseas_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.type, NEW.country, NEW.nationality, NEW.residence_right, NEW.resident_since, NEW.months_present, NEW.relative)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.type, OLD.country, OLD.nationality, OLD.residence_right, OLD.resident_since, OLD.months_present, OLD.relative)
BEGIN SELECT RAISE(ABORT, 'overseas history rows are only ever superseded'); END;

-- 新的社会阶层人士: the group and a local sub-type.
CREATE TABLE new_stratum (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX new_stratum_by_member ON new_stratum(member_id);

CREATE TABLE new_stratum_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES new_stratum(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    stratum_group TEXT NOT NULL,                                        -- code list new_stratum_group
    subtype       TEXT,                                                 -- 网络人士, 律师 …
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX new_stratum_history_by_record ON new_stratum_history(record_id, valid_from);
CREATE INDEX new_stratum_history_current ON new_stratum_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER new_stratum_history_is_append_only BEFORE DELETE ON new_stratum_history
BEGIN SELECT RAISE(ABORT, 'new_stratum history is never deleted'); END;
CREATE TRIGGER new_stratum_history_only_superseded BEFORE UPDATE ON new_stratum_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.stratum_group, NEW.subtype)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.stratum_group, OLD.subtype)
BEGIN SELECT RAISE(ABORT, 'new_stratum history rows are only ever superseded'); END;

-- Member ↔ member links: what the relative is to the holder (配偶, 父母 … 介绍人).
CREATE TABLE relation (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX relation_by_member ON relation(member_id);

CREATE TABLE relation_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES relation(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    relative      TEXT NOT NULL,                                        -- member.id of the other member
    relation      TEXT NOT NULL,                                        -- code list relation
    note          TEXT,                                                 -- 长期扶养关系 …
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX relation_history_by_record ON relation_history(record_id, valid_from);
CREATE INDEX relation_history_current ON relation_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER relation_history_is_append_only BEFORE DELETE ON relation_history
BEGIN SELECT RAISE(ABORT, 'relation history is never deleted'); END;
CREATE TRIGGER relation_history_only_superseded BEFORE UPDATE ON relation_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.relative, NEW.relation, NEW.note)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.relative, OLD.relation, OLD.note)
BEGIN SELECT RAISE(ABORT, 'relation history rows are only ever superseded'); END;

-- 表彰: an honour received on valid_from of the first row; ended only when revoked.
CREATE TABLE honour (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX honour_by_member ON honour(member_id);

CREATE TABLE honour_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES honour(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    name          TEXT NOT NULL,                                        -- the honour
    level         TEXT,                                                 -- code list honour_level
    body          TEXT,                                                 -- the granting body
    document      TEXT,                                                 -- 文号
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX honour_history_by_record ON honour_history(record_id, valid_from);
CREATE INDEX honour_history_current ON honour_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER honour_history_is_append_only BEFORE DELETE ON honour_history
BEGIN SELECT RAISE(ABORT, 'honour history is never deleted'); END;
CREATE TRIGGER honour_history_only_superseded BEFORE UPDATE ON honour_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.name, NEW.level, NEW.body, NEW.document)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.name, OLD.level, OLD.body, OLD.document)
BEGIN SELECT RAISE(ABORT, 'honour history rows are only ever superseded'); END;

-- Reads from the other end: the 侨眷 of a 华侨, the relations naming a member.
CREATE INDEX overseas_history_by_relative ON overseas_history(relative) WHERE superseded_by IS NULL AND relative IS NOT NULL;
CREATE INDEX relation_history_by_relative ON relation_history(relative) WHERE superseded_by IS NULL;
