-- 022_access_log.sql: the access log (PIPL Art. 51, 55): every export and every unmasked read of a
-- sensitive field, who, when, what, why and whose, in a hash chain. Written through
-- Register.recordAccess / RegisterTransaction.recordAccess (and by exports and erasures); never updated,
-- never deleted.
--
-- hash = SHA-256 (lowercase hex) of the entry's canonical text, which ends with prev_hash; prev_hash is
-- the hash of the entry before (64 zeros for the first). The canonical text (version 1) is, for each of
-- id, recorded_at, actor, role, purpose, action, fields, members, reason, detail, prev_hash in this order,
-- the UTF-8 byte count, ':', the bytes and ';' (a NULL reason is '-;'), after the line
-- 'united-front access-log v1;'. Recomputing it finds an edited, deleted or reordered entry unless every
-- later hash was rewritten too (publish the latest hash to close that gap).
CREATE TABLE access_log (
    id          INTEGER PRIMARY KEY,      -- the position in the chain
    recorded_at TEXT NOT NULL,            -- UTC ISO 8601, from the register's clock; never decreases
    actor       TEXT NOT NULL CHECK (actor <> ''),
    role        TEXT NOT NULL,            -- the scoped view's role key, '' when none
    purpose     TEXT NOT NULL,            -- DisclosurePurpose: work_list, statistics, transfer, ...
    action      TEXT NOT NULL CHECK (action <> ''),   -- AccessAction: export, unmasked_read, rejects_file, erasure
    fields      TEXT NOT NULL,            -- the sensitive fields revealed: member field names, comma-separated
    members     TEXT NOT NULL,            -- whose data: sorted member ids as ranges, '1-3,7'; '' for none
    reason      TEXT CHECK (reason IS NULL OR trim(reason) <> ''),
    detail      TEXT NOT NULL,            -- the filter, query or file
    prev_hash   TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash        TEXT NOT NULL CHECK (length(hash) = 64)
) STRICT;
CREATE INDEX access_log_by_recorded_at ON access_log(recorded_at);

-- An entry links to the latest one: the chain cannot fork by mistake.
CREATE TRIGGER access_log_links_to_head BEFORE INSERT ON access_log
WHEN NEW.prev_hash IS NOT coalesce((SELECT hash FROM access_log ORDER BY id DESC LIMIT 1),
                                   '0000000000000000000000000000000000000000000000000000000000000000')
  OR NEW.id <= coalesce((SELECT max(id) FROM access_log), 0)
BEGIN SELECT RAISE(ABORT, 'an access-log entry must follow the latest entry'); END;
CREATE TRIGGER access_log_is_append_only BEFORE DELETE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is never deleted'); END;
CREATE TRIGGER access_log_is_immutable BEFORE UPDATE ON access_log
BEGIN SELECT RAISE(ABORT, 'the access log is never updated'); END;
