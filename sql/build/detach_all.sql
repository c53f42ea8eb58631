-- Done: detach both databases so the build file is complete and can be renamed into place.
USE memory;
DETACH prev;
DETACH build;
