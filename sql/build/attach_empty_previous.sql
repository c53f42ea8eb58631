-- No usable published warehouse: an empty one stands in, so the build steps stay the same.
ATTACH ':memory:' AS prev;
USE prev;
