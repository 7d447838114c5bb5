-- Engagements (issue #9 item 6): 工作记录 — visits, trainings, forums, 慰问, proposals, problems,
-- service, donations, talks — and who took part in them, laid out like 015. An engagement is held by
-- nobody and dated by the first day of its record; its participants are held by the engagement
-- (`engagement_id`) and each name exactly one member, enterprise or household.

-- 工作记录: one engagement, organised by an org unit.
CREATE TABLE engagement (
    id         INTEGER PRIMARY KEY,
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;

CREATE TABLE engagement_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES engagement(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    kind          TEXT NOT NULL,                                        -- code list engagement_kind
    title         TEXT NOT NULL,                                        -- 标题
    organiser     TEXT NOT NULL,                                        -- org_unit.id of the organising unit
    notes         TEXT,                                                 -- 备注, may hold line breaks
    amount        TEXT,                                                 -- 金额, 元 (捐赠, 社会服务, 慰问)
    sessions      TEXT,                                                 -- 期数 of a 培训, 1 or more
    outcome       TEXT,                                                 -- 'adopted' (建言 采纳) or 'solved' (问题诉求 解决); NULL while open
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX engagement_history_by_record ON engagement_history(record_id, valid_from);
CREATE INDEX engagement_history_current ON engagement_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER engagement_history_is_append_only BEFORE DELETE ON engagement_history
BEGIN SELECT RAISE(ABORT, 'engagement history is never deleted'); END;
CREATE TRIGGER engagement_history_only_superseded BEFORE UPDATE ON engagement_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.kind, NEW.title, NEW.organiser, NEW.notes, NEW.amount, NEW.sessions, NEW.outcome)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.kind, OLD.title, OLD.organiser, OLD.notes, OLD.amount, OLD.sessions, OLD.outcome)
BEGIN SELECT RAISE(ABORT, 'engagement history rows are only ever superseded'); END;

CREATE INDEX engagement_history_by_kind ON engagement_history(kind, valid_from) WHERE superseded_by IS NULL;

-- 参与: a member, an enterprise or a household taking part in an engagement.
CREATE TABLE participant (
    id         INTEGER PRIMARY KEY,
    engagement_id INTEGER NOT NULL REFERENCES engagement(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX participant_by_holder ON participant(engagement_id);

CREATE TABLE participant_history (
    id            INTEGER PRIMARY KEY,
    record_id     INTEGER NOT NULL REFERENCES participant(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    member        TEXT,                                                 -- member.id
    enterprise    TEXT,                                                 -- enterprise.id
    household     TEXT,                                                 -- household.id
    session       TEXT,                                                 -- the 培训 session attended, 1 … sessions
    role          TEXT,                                                 -- 走访对象, 学员, 主讲 …
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX participant_history_by_record ON participant_history(record_id, valid_from);
CREATE INDEX participant_history_current ON participant_history(valid_from, valid_to, record_id) WHERE superseded_by IS NULL;
CREATE TRIGGER participant_history_is_append_only BEFORE DELETE ON participant_history
BEGIN SELECT RAISE(ABORT, 'participant history is never deleted'); END;
CREATE TRIGGER participant_history_only_superseded BEFORE UPDATE ON participant_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.member, NEW.enterprise, NEW.household, NEW.session, NEW.role)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.member, OLD.enterprise, OLD.household, OLD.session, OLD.role)
BEGIN SELECT RAISE(ABORT, 'participant history rows are only ever superseded'); END;

CREATE INDEX participant_history_by_member ON participant_history(member) WHERE member IS NOT NULL AND superseded_by IS NULL;
CREATE INDEX participant_history_by_enterprise ON participant_history(enterprise) WHERE enterprise IS NOT NULL AND superseded_by IS NULL;
CREATE INDEX participant_history_by_household ON participant_history(household) WHERE household IS NOT NULL AND superseded_by IS NULL;
