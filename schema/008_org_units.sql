-- Org units: the tree of units that own and work on records (统战部 at 市/区(旗), 街道/苏木镇, 社区/嘎查,
-- 网格, and the 部门 and 单位 that nominate people). Units are kept like members: current state in
-- org_unit, every state in org_unit_history, effective-dated [valid_from, valid_to) and bitemporal, with
-- the changes recorded on each row's first day in `points` (see 004_history_points.sql).
CREATE TABLE org_unit (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    kind           TEXT NOT NULL,                       -- code list org_unit_kind
    parent_id      INTEGER REFERENCES org_unit(id),
    region         TEXT,                                -- GB/T 2260 code, or a 9/12-digit 统计用区划代码
    status         TEXT NOT NULL CHECK (status IN ('active', 'dissolved')),
    established_on TEXT NOT NULL,
    created_in     INTEGER NOT NULL REFERENCES changeset(id),
    changed_in     INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;

CREATE TABLE org_unit_history (
    id            INTEGER PRIMARY KEY,
    unit_id       INTEGER NOT NULL REFERENCES org_unit(id),
    valid_from    TEXT NOT NULL,
    valid_to      TEXT,
    changeset_id  INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by INTEGER REFERENCES changeset(id),
    points        TEXT,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL,
    parent_id     TEXT,
    region        TEXT,
    status        TEXT NOT NULL CHECK (status IN ('active', 'dissolved')),
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX org_unit_history_by_unit ON org_unit_history(unit_id, valid_from);
CREATE INDEX org_unit_history_current ON org_unit_history(valid_from, valid_to, unit_id) WHERE superseded_by IS NULL;
CREATE INDEX org_unit_history_by_parent ON org_unit_history(parent_id) WHERE superseded_by IS NULL;

CREATE TRIGGER org_unit_history_is_append_only BEFORE DELETE ON org_unit_history
BEGIN SELECT RAISE(ABORT, 'org unit history is never deleted'); END;
CREATE TRIGGER org_unit_history_only_superseded BEFORE UPDATE ON org_unit_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.unit_id IS NOT OLD.unit_id OR NEW.valid_from IS NOT OLD.valid_from
  OR NEW.valid_to IS NOT OLD.valid_to OR NEW.changeset_id IS NOT OLD.changeset_id OR NEW.points IS NOT OLD.points
  OR NEW.name IS NOT OLD.name OR NEW.kind IS NOT OLD.kind OR NEW.parent_id IS NOT OLD.parent_id
  OR NEW.region IS NOT OLD.region OR NEW.status IS NOT OLD.status
BEGIN SELECT RAISE(ABORT, 'org unit history rows are only ever superseded'); END;

-- Every member belongs to one owning unit at a time (NULL: not yet assigned); a move is a dated change
-- of this field, kept in the member's history like any other.
ALTER TABLE member ADD COLUMN org_unit TEXT;
ALTER TABLE member_history ADD COLUMN org_unit TEXT;
CREATE INDEX member_history_by_org_unit ON member_history(org_unit, valid_from) WHERE superseded_by IS NULL;
