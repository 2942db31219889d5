select count(*) from information_schema.tables where table_schema = 'bench' and table_name = 'sample_results';
