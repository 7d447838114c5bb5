-- Religion (宗教界人士): religious belief (code list religion, GA 214.12), 教职 and 宗教活动场所 as member
-- fields with their own history. Religious belief is sensitive personal information (PIPL Art. 28): the
-- library masks these three fields in every output by default.
ALTER TABLE member ADD COLUMN religion TEXT;
ALTER TABLE member ADD COLUMN clergy_post TEXT;
ALTER TABLE member ADD COLUMN venue TEXT;
ALTER TABLE member_history ADD COLUMN religion TEXT;
ALTER TABLE member_history ADD COLUMN clergy_post TEXT;
ALTER TABLE member_history ADD COLUMN venue TEXT;
