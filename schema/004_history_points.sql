-- Recorded change points, and identity across dates.
--
-- A change holds until that field's next *recorded* change. Value boundaries alone cannot say where
-- those are (a back-dated change may make two stretches hold the same value), so every current history
-- row now names the changes recorded effective on its valid_from:
--   member_history.points           the fields changed effective valid_from, comma-separated
--                                   ('post,rank'); NULL = none. The registration row (valid_from =
--                                   registered_on) is a point of every field.
--   member_category_history.points  'entry' (the membership began that day: a point of tier and source),
--                                   or 'tier', 'source', 'tier,source'; NULL = none.
ALTER TABLE member_history ADD COLUMN points TEXT;
ALTER TABLE member_category_history ADD COLUMN points TEXT;

-- Existing rows: member points are the field changes the change log recorded on that date; membership
-- points are where the tier or source differs from the adjacent earlier interval, or an entry.
DROP TRIGGER member_history_only_superseded;
DROP TRIGGER member_category_history_only_superseded;

UPDATE member_history SET points = (
    SELECT group_concat(DISTINCT l.subject) FROM change_log l
    WHERE l.member_id = member_history.member_id AND l.kind = 'change'
      AND l.effective_on = member_history.valid_from
      AND l.subject NOT LIKE 'category%' AND l.subject <> 'registration')
WHERE superseded_by IS NULL;

UPDATE member_category_history AS c SET points = (
    SELECT CASE
        WHEN p.id IS NULL THEN 'entry'
        WHEN p.tier IS NOT c.tier AND p.source IS NOT c.source THEN 'tier,source'
        WHEN p.tier IS NOT c.tier THEN 'tier'
        WHEN p.source IS NOT c.source THEN 'source'
        END
    FROM (SELECT 1) LEFT JOIN member_category_history p
      ON p.member_id = c.member_id AND p.category = c.category AND p.superseded_by IS NULL
     AND p.valid_to = c.valid_from)
WHERE c.superseded_by IS NULL;

CREATE TRIGGER member_history_only_superseded BEFORE UPDATE ON member_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.member_id IS NOT OLD.member_id OR NEW.valid_from IS NOT OLD.valid_from
  OR NEW.valid_to IS NOT OLD.valid_to OR NEW.changeset_id IS NOT OLD.changeset_id
  OR NEW.points IS NOT OLD.points
BEGIN SELECT RAISE(ABORT, 'member history rows are only ever superseded'); END;
CREATE TRIGGER member_category_history_only_superseded BEFORE UPDATE ON member_category_history
WHEN OLD.superseded_by IS NOT NULL OR NEW.superseded_by IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.member_id IS NOT OLD.member_id OR NEW.category IS NOT OLD.category
  OR NEW.valid_from IS NOT OLD.valid_from OR NEW.valid_to IS NOT OLD.valid_to
  OR NEW.tier IS NOT OLD.tier OR NEW.source IS NOT OLD.source OR NEW.changeset_id IS NOT OLD.changeset_id
  OR NEW.points IS NOT OLD.points
BEGIN SELECT RAISE(ABORT, 'category history rows are only ever superseded'); END;

-- Identity is unique across members on every date: look-ups of who held a document when.
CREATE INDEX member_history_by_document ON member_history(document_type, document_number, valid_from)
    WHERE superseded_by IS NULL AND document_number IS NOT NULL;
