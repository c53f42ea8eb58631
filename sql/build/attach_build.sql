-- The fresh database a run builds, beside the published file.
ATTACH ? AS build;
