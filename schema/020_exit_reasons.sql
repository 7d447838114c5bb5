-- 020_exit_reasons: why a member left a category or was archived (code list exit_reason, release 019).
--
-- member_category_history.exit_reason: set on the interval whose valid_to ends an unbroken membership
-- (a leave, or the archive that ended it); NULL when no reason was given, and meaningless on an interval
-- another interval of the same membership continues.
-- member_history.status_reason: set on the row where an archive is recorded (points include status,
-- status 'archived'); NULL elsewhere.
-- Both are kept like every column: a row is never updated, a correction supersedes it.
ALTER TABLE member_category_history ADD COLUMN exit_reason TEXT;
ALTER TABLE member_history ADD COLUMN status_reason TEXT;

DROP TRIGGER member_history_only_superseded;
DROP TRIGGER member_category_history_only_superseded;

CREATE TRIGGER member_history_only_superseded BEFORE UPDATE ON member_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.member_id, NEW.valid_from, NEW.valid_to, NEW.changeset_id, NEW.points, NEW.status_reason)
  IS NOT (OLD.id, OLD.member_id, OLD.valid_from, OLD.valid_to, OLD.changeset_id, OLD.points, OLD.status_reason)
BEGIN SELECT RAISE(ABORT, 'member history rows are only ever superseded'); END;
CREATE TRIGGER member_category_history_only_superseded BEFORE UPDATE ON member_category_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR (NEW.id, NEW.member_id, NEW.category, NEW.valid_from, NEW.valid_to, NEW.tier, NEW.source, NEW.changeset_id,
      NEW.points, NEW.exit_reason)
  IS NOT (OLD.id, OLD.member_id, OLD.category, OLD.valid_from, OLD.valid_to, OLD.tier, OLD.source, OLD.changeset_id,
          OLD.points, OLD.exit_reason)
BEGIN SELECT RAISE(ABORT, 'category history rows are only ever superseded'); END;


-- The readable change log keeps the reason with the line it explains (a leave, an archive): a code of
-- exit_reason; NULL for every other line. The log stays append-only (its triggers refuse any update).
ALTER TABLE change_log ADD COLUMN detail TEXT;
