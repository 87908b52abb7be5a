-- Room on each page for a target's new version: re-anchoring rewrites a sentence's targets (their
-- quote, offsets and text revision, none of them indexed), and with free space on the page such an
-- update is HOT, which writes no index entries (a sentence with a thousand notes, issue 19)
ALTER TABLE "AnnotationTarget" SET (fillfactor = 70);
