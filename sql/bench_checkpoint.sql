-- Flush the write-ahead log into the database file before it is copied.
checkpoint;
