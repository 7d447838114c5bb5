-- Members queries (issue #11): a query that keeps one region (`MemberFilter.region`) and reads what the
-- register knows now walks this index instead of every member: the history rows of the region, current
-- knowledge only (the partial-index condition is the one `Knowledge.current` puts in every such query).
CREATE INDEX member_history_current_by_region ON member_history(region, valid_from) WHERE superseded_by IS NULL;
