insert into bench.sample_results by name select * from samples;
