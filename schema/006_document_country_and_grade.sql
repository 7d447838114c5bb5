-- 职务层次 and 职级 are two fields: `rank` keeps the GB/T 12407 职务层次 (乡科级副职 …) it always held, and
-- `grade` takes the 2019 civil-service 职级 (四级主任科员 …, code list civil_service_grade).
-- A document's identity is (type, issuing country, number): foreign passports of different countries
-- may share a number. `document_country` is an ISO 3166-1 alpha-3 code (code list country), set for
-- documents a country issues; NULL otherwise.
ALTER TABLE member ADD COLUMN document_country TEXT;
ALTER TABLE member ADD COLUMN grade TEXT;
ALTER TABLE member_history ADD COLUMN document_country TEXT;
ALTER TABLE member_history ADD COLUMN grade TEXT;

DROP INDEX member_by_document;
CREATE UNIQUE INDEX member_by_document ON member(document_type, coalesce(document_country, ''), document_number)
    WHERE document_number IS NOT NULL;
DROP INDEX member_history_by_document;
CREATE INDEX member_history_by_document
    ON member_history(document_type, coalesce(document_country, ''), document_number, valid_from)
    WHERE superseded_by IS NULL AND document_number IS NOT NULL;
