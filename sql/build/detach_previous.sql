-- Drop a published warehouse whose tables differ from the current schema.
DETACH prev;
