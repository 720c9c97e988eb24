-- Census files are read back in slices of 1 MB (CensusImportJobs.fetchFile) so that a replica never holds a
-- whole file in one bytea value; stored uncompressed, a slice is read straight from its TOAST chunks
-- instead of decompressing the file from its start for every slice. The files live only until their import
-- is discarded.
alter table volunteer_import_file alter column content set storage external;
