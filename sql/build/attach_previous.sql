-- The published warehouse, read-only: the rows of unchanged reports are copied from it.
ATTACH ? AS prev (READ_ONLY);
