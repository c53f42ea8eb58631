-- Work in the build database from here on.
USE build;
