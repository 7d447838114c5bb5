-- 023_erasure.sql: erasure of a person's identifying values (PIPL Art. 47) without breaking the
-- append-only history. Written through RegisterTransaction.erase(_:reason:) only.
--
-- An erasure is one changeset and one row here. While it is applied (inside that changeset's
-- transaction) the row has applied = 0 and its changeset is the latest one; the history triggers below
-- then let exactly the redacting UPDATE through, on that member's rows only: name becomes '已删除' and
-- former_names, document_number, mobile, email, address and notes become NULL (in change_log the old and
-- new values of those subjects become '已删除' or stay NULL; in relation_history the note, in
-- party_membership_history the introducers become NULL), and every other column, the bitemporal keys
-- included, stays as it was (the change log's 'registration' entries hold the name too). The same transaction then sets applied = 1, which closes the window for
-- good (and a later changeset would close it too). Any other UPDATE is refused as before.
CREATE TABLE erasure (
    id           INTEGER PRIMARY KEY,
    member_id    INTEGER NOT NULL UNIQUE REFERENCES member(id),   -- a person is erased once
    changeset_id INTEGER NOT NULL REFERENCES changeset(id),        -- who, when (recorded_at), why
    reason       TEXT NOT NULL CHECK (trim(reason) <> ''),
    fields       TEXT NOT NULL,            -- the member fields erased, comma-separated
    applied      INTEGER NOT NULL DEFAULT 0 CHECK (applied IN (0, 1))
) STRICT;

CREATE TRIGGER erasure_starts_unapplied BEFORE INSERT ON erasure
WHEN NEW.applied <> 0 OR NEW.changeset_id IS NOT (SELECT max(id) FROM changeset)
BEGIN SELECT RAISE(ABORT, 'an erasure is recorded in its own, latest changeset, then applied'); END;
CREATE TRIGGER erasure_is_append_only BEFORE DELETE ON erasure
BEGIN SELECT RAISE(ABORT, 'erasures are never deleted'); END;
CREATE TRIGGER erasure_only_completes BEFORE UPDATE ON erasure
WHEN OLD.applied <> 0 OR NEW.applied <> 1
  OR (NEW.id, NEW.member_id, NEW.changeset_id, NEW.reason, NEW.fields) IS NOT (OLD.id, OLD.member_id, OLD.changeset_id, OLD.reason, OLD.fields)
BEGIN SELECT RAISE(ABORT, 'an erasure is only ever marked applied'); END;

-- member_history: as in 009 (rows are only ever superseded), or the redaction of an erasure in progress.
DROP TRIGGER member_history_only_superseded;
CREATE TRIGGER member_history_only_superseded BEFORE UPDATE ON member_history
WHEN NOT (
    EXISTS (SELECT 1 FROM erasure e WHERE e.member_id = OLD.member_id AND e.applied = 0
            AND e.changeset_id = (SELECT max(id) FROM changeset))
    AND NEW.name = '已删除' AND NEW.former_names IS NULL AND NEW.document_number IS NULL AND NEW.mobile IS NULL
    AND NEW.email IS NULL AND NEW.address IS NULL AND NEW.notes IS NULL
    AND (NEW.id, NEW.member_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.superseded_by, NEW.sex, NEW.birth_date,
         NEW.ethnicity, NEW.native_place, NEW.document_type, NEW.political_status, NEW.education, NEW.work_unit, NEW.post,
         NEW.rank, NEW.region, NEW.status, NEW.points, NEW.document_country, NEW.grade, NEW.org_unit, NEW.religion,
         NEW.clergy_post, NEW.venue, NEW.status_reason)
     IS (OLD.id, OLD.member_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.superseded_by, OLD.sex, OLD.birth_date,
         OLD.ethnicity, OLD.native_place, OLD.document_type, OLD.political_status, OLD.education, OLD.work_unit, OLD.post,
         OLD.rank, OLD.region, OLD.status, OLD.points, OLD.document_country, OLD.grade, OLD.org_unit, OLD.religion,
         OLD.clergy_post, OLD.venue, OLD.status_reason))
  AND (OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.member_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status_reason)
  IS NOT (OLD.id, OLD.member_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status_reason))
BEGIN SELECT RAISE(ABORT, 'member history rows are only ever superseded'); END;

-- change_log: never updated, but for the redaction of an erased subject's values.
DROP TRIGGER change_log_is_immutable;
CREATE TRIGGER change_log_is_immutable BEFORE UPDATE ON change_log
WHEN NOT (
    EXISTS (SELECT 1 FROM erasure e WHERE e.member_id = OLD.member_id AND e.applied = 0
            AND e.changeset_id = (SELECT max(id) FROM changeset))
    AND OLD.subject IN ('registration', 'name', 'former_names', 'document_number', 'mobile', 'email', 'address', 'notes')
    AND NEW.old_value IS CASE WHEN OLD.old_value IS NULL THEN NULL ELSE '已删除' END
    AND NEW.new_value IS CASE WHEN OLD.new_value IS NULL THEN NULL ELSE '已删除' END
    AND (NEW.id, NEW.changeset_id, NEW.member_id, NEW.kind, NEW.effective_on, NEW.subject, NEW.detail)
     IS (OLD.id, OLD.changeset_id, OLD.member_id, OLD.kind, OLD.effective_on, OLD.subject, OLD.detail))
BEGIN SELECT RAISE(ABORT, 'the change log is never updated'); END;

-- relation_history: the note of a relation the erased member holds or is the relative in.
DROP TRIGGER relation_history_only_superseded;
CREATE TRIGGER relation_history_only_superseded BEFORE UPDATE ON relation_history
WHEN NOT (
    EXISTS (SELECT 1 FROM erasure e WHERE e.applied = 0 AND e.changeset_id = (SELECT max(id) FROM changeset)
            AND (e.member_id = (SELECT r.member_id FROM relation r WHERE r.id = OLD.record_id)
                 OR CAST(e.member_id AS TEXT) = OLD.relative))
    AND NEW.note IS NULL
    AND (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.superseded_by, NEW.points, NEW.status,
         NEW.relative, NEW.relation)
     IS (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.superseded_by, OLD.points, OLD.status,
         OLD.relative, OLD.relation))
  AND (OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.relative, NEW.relation, NEW.note)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.relative, OLD.relation, OLD.note))
BEGIN SELECT RAISE(ABORT, 'relation history rows are only ever superseded'); END;

-- party_membership_history: the introducers (other people's names) of the erased member's memberships.
DROP TRIGGER party_membership_history_only_superseded;
CREATE TRIGGER party_membership_history_only_superseded BEFORE UPDATE ON party_membership_history
WHEN NOT (
    EXISTS (SELECT 1 FROM erasure e WHERE e.applied = 0 AND e.changeset_id = (SELECT max(id) FROM changeset)
            AND e.member_id = (SELECT p.member_id FROM party_membership p WHERE p.id = OLD.record_id))
    AND NEW.introducers IS NULL
    AND (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.superseded_by, NEW.points, NEW.status,
         NEW.party, NEW.branch, NEW.party_post, NEW.filing, NEW.exit, NEW.exit_reason)
     IS (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.superseded_by, OLD.points, OLD.status,
         OLD.party, OLD.branch, OLD.party_post, OLD.filing, OLD.exit, OLD.exit_reason))
  AND (OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.record_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status, NEW.party, NEW.branch, NEW.introducers, NEW.party_post, NEW.filing, NEW.exit, NEW.exit_reason)
  IS NOT (OLD.id, OLD.record_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status, OLD.party, OLD.branch, OLD.introducers, OLD.party_post, OLD.filing, OLD.exit, OLD.exit_reason))
BEGIN SELECT RAISE(ABORT, 'party_membership history rows are only ever superseded'); END;
