-- Task counts per language, scenario and difficulty from the task-bank index (DuckDB).
-- Parameters: none; reads the relation named `task_index`.
select language, scenario, difficulty, count(*) as tasks
from task_index
where error is null
group by all
order by language, scenario, difficulty
