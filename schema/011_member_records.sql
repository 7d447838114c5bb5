-- Records a member holds over dates: posts (职务), 政治安排, reserve-pool entries (后备干部库), cultivation
-- (培养) and democratic-party memberships. Every kind is kept like members and org units: `<kind>` holds
-- the owner, `<kind>_history` every state, effective-dated [valid_from, valid_to) and bitemporal, with
-- the changes recorded on each row's first day in `points` (see 004_history_points.sql). A record is in
-- force on the days its status is 'active'; ending it is a dated change of status to 'ended'.

-- 职务 (posts): a cadre's 任职 from valid_from of the first row, 免职 when status becomes 'ended'. Several may be held at once (兼职).
CREATE TABLE post (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX post_by_member ON post(member_id);

CREATE TABLE post_history (
    id                   INTEGER PRIMARY KEY,
    record_id            INTEGER NOT NULL REFERENCES post(id),
    valid_from           TEXT NOT NULL,
    valid_to             TEXT,
    changeset_id         INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by        INTEGER REFERENCES changeset(id),
    points               TEXT,
    status               TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    unit_name            TEXT,                                          -- 任职单位 as written
    org_unit             TEXT,                                          -- the org unit, when the unit is one of the register's
    title                TEXT NOT NULL,                                 -- 职务名称
    rank                 TEXT,                                          -- 职务层次, code list cadre_rank
    grade                TEXT,                                          -- 职级, code list civil_service_grade
    leadership           TEXT NOT NULL CHECK (leadership IN ('0', '1')), -- 领导职务 or not
    appointment_document TEXT,                                          -- 任职文号
    appointing_authority TEXT,                                          -- 任免机关
    removal_document     TEXT,                                          -- 免职文号
    removal_authority    TEXT,                                          -- 免职机关
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX post_history_by_record ON post_history(record_id, valid_from);
CREATE INDEX post_history_current ON post_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER post_history_is_append_only BEFORE DELETE ON post_history
BEGIN SELECT RAISE(ABORT, 'post history is never deleted'); END;
CREATE TRIGGER post_history_only_superseded BEFORE UPDATE ON post_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.unit_name, NEW.org_unit, NEW.title, NEW.rank, NEW.grade, NEW.leadership, NEW.appointment_document, NEW.appointing_authority, NEW.removal_document, NEW.removal_authority)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.unit_name, OLD.org_unit, OLD.title, OLD.rank, OLD.grade, OLD.leadership, OLD.appointment_document, OLD.appointing_authority, OLD.removal_document, OLD.removal_authority)
BEGIN SELECT RAISE(ABORT, 'post history rows are only ever superseded'); END;

-- 政治安排: 人大代表, 政协委员, 特约人员, 团体职务, with level and 届次.
CREATE TABLE arrangement (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX arrangement_by_member ON arrangement(member_id);

CREATE TABLE arrangement_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES arrangement(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    kind          TEXT NOT NULL,                                        -- code list arrangement_kind
    level         TEXT NOT NULL,                                        -- code list arrangement_level
    body          TEXT,                                                 -- the body: 锡林郭勒盟政协
    term          TEXT,                                                 -- 届次: 第十五届
    role          TEXT,                                                 -- code list arrangement_role
    sector        TEXT,                                                 -- 界别
    document      TEXT,                                                 -- 文号
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX arrangement_history_by_record ON arrangement_history(record_id, valid_from);
CREATE INDEX arrangement_history_current ON arrangement_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER arrangement_history_is_append_only BEFORE DELETE ON arrangement_history
BEGIN SELECT RAISE(ABORT, 'arrangement history is never deleted'); END;
CREATE TRIGGER arrangement_history_only_superseded BEFORE UPDATE ON arrangement_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.kind, NEW.level, NEW.body, NEW.term, NEW.role, NEW.sector, NEW.document)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.kind, OLD.level, OLD.body, OLD.term, OLD.role, OLD.sector, OLD.document)
BEGIN SELECT RAISE(ABORT, 'arrangement history rows are only ever superseded'); END;

-- 后备干部库: entered on valid_from of the first row, left when status becomes 'ended'.
CREATE TABLE pool_entry (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX pool_entry_by_member ON pool_entry(member_id);

CREATE TABLE pool_entry_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES pool_entry(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    target_rank   TEXT NOT NULL,                                        -- 拟任职务层次, code list cadre_rank
    target_post   TEXT,                                                 -- 拟任职务
    entry_reason  TEXT,                                                 -- 入库理由
    exit_reason   TEXT,                                                 -- 出库原因
    document      TEXT,                                                 -- 文号
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX pool_entry_history_by_record ON pool_entry_history(record_id, valid_from);
CREATE INDEX pool_entry_history_current ON pool_entry_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER pool_entry_history_is_append_only BEFORE DELETE ON pool_entry_history
BEGIN SELECT RAISE(ABORT, 'pool_entry history is never deleted'); END;
CREATE TRIGGER pool_entry_history_only_superseded BEFORE UPDATE ON pool_entry_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.target_rank, NEW.target_post, NEW.entry_reason, NEW.exit_reason, NEW.document)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.target_rank, OLD.target_post, OLD.entry_reason, OLD.exit_reason, OLD.document)
BEGIN SELECT RAISE(ABORT, 'pool_entry history rows are only ever superseded'); END;

-- 培养: training, 挂职, 实践锻炼 and 考察 of a member, from valid_from until status becomes 'ended'.
CREATE TABLE cultivation (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX cultivation_by_member ON cultivation(member_id);

CREATE TABLE cultivation_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES cultivation(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    pool_entry    TEXT,                                                 -- the pool entry it belongs to (pool_entry.id), if any
    kind          TEXT NOT NULL,                                        -- code list cultivation_kind
    place         TEXT,                                                 -- 地点或单位: where the training or 挂职 takes place
    content       TEXT,                                                 -- 内容: the course, or the 挂职 post
    result        TEXT,                                                 -- 结果: the 考察 result
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX cultivation_history_by_record ON cultivation_history(record_id, valid_from);
CREATE INDEX cultivation_history_current ON cultivation_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER cultivation_history_is_append_only BEFORE DELETE ON cultivation_history
BEGIN SELECT RAISE(ABORT, 'cultivation history is never deleted'); END;
CREATE TRIGGER cultivation_history_only_superseded BEFORE UPDATE ON cultivation_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.pool_entry, NEW.kind, NEW.place, NEW.content, NEW.result)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.pool_entry, OLD.kind, OLD.place, OLD.content, OLD.result)
BEGIN SELECT RAISE(ABORT, 'cultivation history rows are only ever superseded'); END;

-- 民主党派: membership of one of the eight parties; left (退出, 除名 …) when status becomes 'ended'.
CREATE TABLE party_membership (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX party_membership_by_member ON party_membership(member_id);

CREATE TABLE party_membership_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES party_membership(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    party         TEXT NOT NULL,                                        -- code list political_status, 04-11
    branch        TEXT,                                                 -- 基层组织
    introducers   TEXT,                                                 -- 介绍人
    party_post    TEXT,                                                 -- 党内职务
    filing        TEXT CHECK (filing IN ('0', '1')),                    -- 备案: '1' once filed with the 统战部
    exit          TEXT,                                                 -- code list party_exit
    exit_reason   TEXT,                                                 -- 离开原因
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX party_membership_history_by_record ON party_membership_history(record_id, valid_from);
CREATE INDEX party_membership_history_current ON party_membership_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER party_membership_history_is_append_only BEFORE DELETE ON party_membership_history
BEGIN SELECT RAISE(ABORT, 'party_membership history is never deleted'); END;
CREATE TRIGGER party_membership_history_only_superseded BEFORE UPDATE ON party_membership_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.party, NEW.branch, NEW.introducers, NEW.party_post, NEW.filing, NEW.exit, NEW.exit_reason)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.party, OLD.branch, OLD.introducers, OLD.party_post, OLD.filing, OLD.exit, OLD.exit_reason)
BEGIN SELECT RAISE(ABORT, 'party_membership history rows are only ever superseded'); END;
