-- An imported version was named "Imported translation", in English whatever the interface language
-- of its readers. It is now named as the letter versions are: Chinese in the script of the text,
-- then English. Imports made before keep their notes and votes, and the name alone changes.
UPDATE "Version"
SET "name" = CASE WHEN "language" = 'zh-Hans' THEN '导入译文 Imported' ELSE '匯入譯文 Imported' END
WHERE "kind" = 'import' AND "name" = 'Imported translation';
