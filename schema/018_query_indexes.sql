-- Members queries (issue #10): indexes for filters read as known at a past instant, where the partial
-- indexes on current rows (WHERE superseded_by IS NULL) cannot serve.
--
-- The org-unit subtree as of a date walks down parent links: by parent, for every row.
CREATE INDEX org_unit_history_by_parent_from ON org_unit_history(parent_id, valid_from);
-- "Took part in an engagement in a period" starts from the participant records naming the member.
CREATE INDEX participant_history_by_member_from ON participant_history(member, valid_from) WHERE member IS NOT NULL;
