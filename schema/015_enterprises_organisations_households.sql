-- Enterprises, organisations and households (issue #9), and what links people and enterprises to them,
-- laid out like 011_member_records.sql. Entities nobody holds (enterprise, organisation, household) have
-- no holder column; records held by an entity name it (`enterprise_id`, `organisation_id`).

-- 企业: keyed by 统一社会信用代码 (unique across enterprises, checked by the library).
CREATE TABLE enterprise (
    id         INTEGER PRIMARY KEY,
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;

CREATE TABLE enterprise_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES enterprise(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    credit_code   TEXT NOT NULL,                                        -- 统一社会信用代码, GB 32100
    name          TEXT NOT NULL,                                        -- 企业名称
    former_names  TEXT,                                                 -- 曾用名
    industry      TEXT,                                                 -- code list industry (GB/T 4754-2017)
    scale         TEXT,                                                 -- code list enterprise_scale
    ownership     TEXT,                                                 -- code list ownership_type
    founded_on    TEXT,                                                 -- 成立日期
    address       TEXT,                                                 -- 地址
    region        TEXT,                                                 -- 所在区划
    org_unit      TEXT,                                                 -- the owning org unit
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX enterprise_history_by_record ON enterprise_history(record_id, valid_from);
CREATE INDEX enterprise_history_current ON enterprise_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER enterprise_history_is_append_only BEFORE DELETE ON enterprise_history
BEGIN SELECT RAISE(ABORT, 'enterprise history is never deleted'); END;
CREATE TRIGGER enterprise_history_only_superseded BEFORE UPDATE ON enterprise_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.credit_code, NEW.name, NEW.former_names, NEW.industry, NEW.scale, NEW.ownership, NEW.founded_on, NEW.address, NEW.region, NEW.org_unit)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.credit_code, OLD.name, OLD.former_names, OLD.industry, OLD.scale, OLD.ownership, OLD.founded_on, OLD.address, OLD.region, OLD.org_unit)
BEGIN SELECT RAISE(ABORT, 'enterprise history rows are only ever superseded'); END;

CREATE INDEX enterprise_history_by_credit_code ON enterprise_history(credit_code) WHERE superseded_by IS NULL;

-- A member's role in an enterprise (出资人, 法定代表人 …).
CREATE TABLE enterprise_role (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX enterprise_role_by_holder ON enterprise_role(member_id);

CREATE TABLE enterprise_role_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES enterprise_role(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    enterprise    TEXT NOT NULL,                                        -- enterprise.id
    role          TEXT NOT NULL,                                        -- code list enterprise_role
    share         TEXT,                                                 -- 出资比例
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX enterprise_role_history_by_record ON enterprise_role_history(record_id, valid_from);
CREATE INDEX enterprise_role_history_current ON enterprise_role_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER enterprise_role_history_is_append_only BEFORE DELETE ON enterprise_role_history
BEGIN SELECT RAISE(ABORT, 'enterprise_role history is never deleted'); END;
CREATE TRIGGER enterprise_role_history_only_superseded BEFORE UPDATE ON enterprise_role_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.enterprise, NEW.role, NEW.share)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.enterprise, OLD.role, OLD.share)
BEGIN SELECT RAISE(ABORT, 'enterprise_role history rows are only ever superseded'); END;

CREATE INDEX enterprise_role_history_by_enterprise ON enterprise_role_history(enterprise) WHERE superseded_by IS NULL;

-- 万企兴万村: an enterprise's pairing with a village.
CREATE TABLE pairing (
    id         INTEGER PRIMARY KEY,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX pairing_by_holder ON pairing(enterprise_id);

CREATE TABLE pairing_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES pairing(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    village       TEXT NOT NULL,                                        -- 12-digit 统计用区划代码
    village_name  TEXT,                                                 -- 村名
    project       TEXT,                                                 -- 帮扶项目
    committed     TEXT,                                                 -- 承诺金额, 元
    paid          TEXT,                                                 -- 到位金额, 元
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX pairing_history_by_record ON pairing_history(record_id, valid_from);
CREATE INDEX pairing_history_current ON pairing_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER pairing_history_is_append_only BEFORE DELETE ON pairing_history
BEGIN SELECT RAISE(ABORT, 'pairing history is never deleted'); END;
CREATE TRIGGER pairing_history_only_superseded BEFORE UPDATE ON pairing_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.village, NEW.village_name, NEW.project, NEW.committed, NEW.paid)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.village, OLD.village_name, OLD.project, OLD.committed, OLD.paid)
BEGIN SELECT RAISE(ABORT, 'pairing history rows are only ever superseded'); END;

-- 组织: 工商联, 商会, 新联会, 侨联, 欧美同学会 ….
CREATE TABLE organisation (
    id         INTEGER PRIMARY KEY,
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;

CREATE TABLE organisation_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES organisation(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    name          TEXT NOT NULL,                                        -- 名称
    kind          TEXT NOT NULL,                                        -- code list organisation_kind
    parent        TEXT,                                                 -- organisation.id above it
    area          TEXT,                                                 -- org_unit.id of the area it covers
    org_unit      TEXT,                                                 -- org_unit.id of the unit that works with it
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX organisation_history_by_record ON organisation_history(record_id, valid_from);
CREATE INDEX organisation_history_current ON organisation_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER organisation_history_is_append_only BEFORE DELETE ON organisation_history
BEGIN SELECT RAISE(ABORT, 'organisation history is never deleted'); END;
CREATE TRIGGER organisation_history_only_superseded BEFORE UPDATE ON organisation_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.name, NEW.kind, NEW.parent, NEW.area, NEW.org_unit)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.name, OLD.kind, OLD.parent, OLD.area, OLD.org_unit)
BEGIN SELECT RAISE(ABORT, 'organisation history rows are only ever superseded'); END;

-- 届次 of an organisation.
CREATE TABLE term (
    id         INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisation(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX term_by_holder ON term(organisation_id);

CREATE TABLE term_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES term(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    name          TEXT NOT NULL,                                        -- 第五届
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX term_history_by_record ON term_history(record_id, valid_from);
CREATE INDEX term_history_current ON term_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER term_history_is_append_only BEFORE DELETE ON term_history
BEGIN SELECT RAISE(ABORT, 'term history is never deleted'); END;
CREATE TRIGGER term_history_only_superseded BEFORE UPDATE ON term_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.name)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.name)
BEGIN SELECT RAISE(ABORT, 'term history rows are only ever superseded'); END;

-- A member's seat in an organisation.
CREATE TABLE organisation_membership (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX organisation_membership_by_holder ON organisation_membership(member_id);

CREATE TABLE organisation_membership_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES organisation_membership(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    organisation  TEXT NOT NULL,                                        -- organisation.id
    role          TEXT NOT NULL,                                        -- code list organisation_role
    term          TEXT,                                                 -- term.id
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX organisation_membership_history_by_record ON organisation_membership_history(record_id, valid_from);
CREATE INDEX organisation_membership_history_current ON organisation_membership_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER organisation_membership_history_is_append_only BEFORE DELETE ON organisation_membership_history
BEGIN SELECT RAISE(ABORT, 'organisation_membership history is never deleted'); END;
CREATE TRIGGER organisation_membership_history_only_superseded BEFORE UPDATE ON organisation_membership_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.organisation, NEW.role, NEW.term)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.organisation, OLD.role, OLD.term)
BEGIN SELECT RAISE(ABORT, 'organisation_membership history rows are only ever superseded'); END;

CREATE INDEX organisation_membership_history_by_organisation ON organisation_membership_history(organisation) WHERE superseded_by IS NULL;

-- An enterprise's membership of an organisation (会员企业).
CREATE TABLE enterprise_membership (
    id         INTEGER PRIMARY KEY,
    enterprise_id INTEGER NOT NULL REFERENCES enterprise(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX enterprise_membership_by_holder ON enterprise_membership(enterprise_id);

CREATE TABLE enterprise_membership_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES enterprise_membership(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    organisation  TEXT NOT NULL,                                        -- organisation.id
    role          TEXT NOT NULL,                                        -- code list organisation_role
    term          TEXT,                                                 -- term.id
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX enterprise_membership_history_by_record ON enterprise_membership_history(record_id, valid_from);
CREATE INDEX enterprise_membership_history_current ON enterprise_membership_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER enterprise_membership_history_is_append_only BEFORE DELETE ON enterprise_membership_history
BEGIN SELECT RAISE(ABORT, 'enterprise_membership history is never deleted'); END;
CREATE TRIGGER enterprise_membership_history_only_superseded BEFORE UPDATE ON enterprise_membership_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.organisation, NEW.role, NEW.term)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.organisation, OLD.role, OLD.term)
BEGIN SELECT RAISE(ABORT, 'enterprise_membership history rows are only ever superseded'); END;

CREATE INDEX enterprise_membership_history_by_organisation ON enterprise_membership_history(organisation) WHERE superseded_by IS NULL;

-- 户: for 侨情 surveys and 慰问 visits.
CREATE TABLE household (
    id         INTEGER PRIMARY KEY,
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;

CREATE TABLE household_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES household(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    name          TEXT NOT NULL,                                        -- 户名
    address       TEXT,                                                 -- 住址
    region        TEXT,                                                 -- 所在区划
    org_unit      TEXT,                                                 -- the owning org unit
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX household_history_by_record ON household_history(record_id, valid_from);
CREATE INDEX household_history_current ON household_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER household_history_is_append_only BEFORE DELETE ON household_history
BEGIN SELECT RAISE(ABORT, 'household history is never deleted'); END;
CREATE TRIGGER household_history_only_superseded BEFORE UPDATE ON household_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.name, NEW.address, NEW.region, NEW.org_unit)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.name, OLD.address, OLD.region, OLD.org_unit)
BEGIN SELECT RAISE(ABORT, 'household history rows are only ever superseded'); END;

-- A member's place in a household.
CREATE TABLE household_membership (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX household_membership_by_holder ON household_membership(member_id);

CREATE TABLE household_membership_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES household_membership(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    household     TEXT NOT NULL,                                        -- household.id
    relation      TEXT,                                                 -- to the 户主, code list relation; NULL for the 户主
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX household_membership_history_by_record ON household_membership_history(record_id, valid_from);
CREATE INDEX household_membership_history_current ON household_membership_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER household_membership_history_is_append_only BEFORE DELETE ON household_membership_history
BEGIN SELECT RAISE(ABORT, 'household_membership history is never deleted'); END;
CREATE TRIGGER household_membership_history_only_superseded BEFORE UPDATE ON household_membership_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.household, NEW.relation)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.household, OLD.relation)
BEGIN SELECT RAISE(ABORT, 'household_membership history rows are only ever superseded'); END;

CREATE INDEX household_membership_history_by_household ON household_membership_history(household) WHERE superseded_by IS NULL;
