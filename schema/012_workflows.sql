-- Dated workflows on a member (无党派人士认定, 后备干部入库/出库, 归侨侨眷身份认定, 民主党派新成员备案,
-- 新联会入会 …): procedures as data. A workflow kind (its states, the steps between them, the fields each
-- step requires and what it does to the member's record) is JSON: the kinds the library ships are
-- constants in code; kinds a user declares are kept in workflow_kind. A workflow is one run of a kind
-- for one member; each step enters a state on an effective date. Steps are history: a step recorded
-- wrongly is withdrawn by superseding it, never deleted, so "as known at" reads still see it.
CREATE TABLE workflow_kind (
    id          TEXT PRIMARY KEY,                       -- 'LOCAL_COMMENDATION'
    name        TEXT NOT NULL,                          -- 评先评优
    definition  TEXT NOT NULL,                          -- the WorkflowKind as JSON (sorted keys)
    declared_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;

CREATE TABLE workflow (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,                           -- a shipped kind's id, or a workflow_kind id
    member_id  INTEGER NOT NULL REFERENCES member(id),
    created_in INTEGER NOT NULL REFERENCES changeset(id)
) STRICT;
CREATE INDEX workflow_by_member ON workflow(member_id, kind);
CREATE INDEX workflow_by_kind ON workflow(kind, member_id);

CREATE TABLE workflow_step (
    id              INTEGER PRIMARY KEY,
    workflow_id     INTEGER NOT NULL REFERENCES workflow(id),
    state           TEXT NOT NULL,                      -- the state the step entered
    previous_state  TEXT,                               -- the state it left; NULL for a first step
    effective_on    TEXT NOT NULL,
    actor           TEXT,                               -- 经办人
    org_unit        INTEGER REFERENCES org_unit(id),
    opinion         TEXT,                               -- 意见 (the reason, for 撤销 and 终止)
    document_number TEXT,                               -- 文号
    fields          TEXT,                               -- kind-specific fields, a JSON object; NULL = none
    changeset_id    INTEGER NOT NULL REFERENCES changeset(id),
    superseded_by   INTEGER REFERENCES changeset(id),   -- withdrawn (recorded wrongly) by this changeset
    CHECK (superseded_by IS NULL OR superseded_by >= changeset_id)
) STRICT;
CREATE INDEX workflow_step_by_workflow ON workflow_step(workflow_id, effective_on, id);

-- Guards against writes that bypass the library: declared kinds and workflows never change, and steps
-- are only ever superseded.
CREATE TRIGGER workflow_kind_is_append_only BEFORE DELETE ON workflow_kind
BEGIN SELECT RAISE(ABORT, 'workflow kinds are never deleted'); END;
CREATE TRIGGER workflow_kind_is_immutable BEFORE UPDATE ON workflow_kind
BEGIN SELECT RAISE(ABORT, 'workflow kinds are never updated: declare a new id'); END;
CREATE TRIGGER workflow_is_append_only BEFORE DELETE ON workflow
BEGIN SELECT RAISE(ABORT, 'workflows are never deleted'); END;
CREATE TRIGGER workflow_is_immutable BEFORE UPDATE ON workflow
BEGIN SELECT RAISE(ABORT, 'workflows are never updated'); END;
CREATE TRIGGER workflow_step_is_append_only BEFORE DELETE ON workflow_step
BEGIN SELECT RAISE(ABORT, 'workflow steps are never deleted'); END;
CREATE TRIGGER workflow_step_only_superseded BEFORE UPDATE ON workflow_step
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.workflow_id IS NOT OLD.workflow_id OR NEW.state IS NOT OLD.state
  OR NEW.previous_state IS NOT OLD.previous_state OR NEW.effective_on IS NOT OLD.effective_on
  OR NEW.actor IS NOT OLD.actor OR NEW.org_unit IS NOT OLD.org_unit OR NEW.opinion IS NOT OLD.opinion
  OR NEW.document_number IS NOT OLD.document_number OR NEW.fields IS NOT OLD.fields
  OR NEW.changeset_id IS NOT OLD.changeset_id
BEGIN SELECT RAISE(ABORT, 'workflow steps are only ever superseded'); END;
