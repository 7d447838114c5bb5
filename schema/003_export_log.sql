-- 003_export_log.sql: every export of member data (PIPL Art. 51 asks for such records).
-- Written through Register.exportMembers / Register.recordExport; never updated, never deleted.
CREATE TABLE export_log (
    id          INTEGER PRIMARY KEY,
    recorded_at TEXT NOT NULL,            -- when the export happened, UTC ISO 8601
    actor       TEXT NOT NULL CHECK (actor <> ''),
    purpose     TEXT NOT NULL,            -- DisclosurePurpose: work_list, statistics, transfer, ...
    format      TEXT NOT NULL,            -- csv, csv-gb18030, json
    filter      TEXT NOT NULL,            -- as_of=...; category=...; tiers=...
    row_count   INTEGER NOT NULL CHECK (row_count >= 0),
    masked      INTEGER NOT NULL CHECK (masked IN (0, 1)),
    masking     TEXT NOT NULL,            -- the policy, field by field
    reason      TEXT,
    completed   INTEGER NOT NULL CHECK (completed IN (0, 1)),
    CHECK (masked = 1 OR (reason IS NOT NULL AND trim(reason) <> ''))
) STRICT;
CREATE INDEX export_log_by_recorded_at ON export_log(recorded_at);

CREATE TRIGGER export_log_is_append_only BEFORE DELETE ON export_log
BEGIN SELECT RAISE(ABORT, 'the export log is never deleted'); END;
CREATE TRIGGER export_log_is_immutable BEFORE UPDATE ON export_log
BEGIN SELECT RAISE(ABORT, 'the export log is never updated'); END;
