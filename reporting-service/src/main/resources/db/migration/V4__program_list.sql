-- A region's program list: a region (=) or a province's kabupaten/kota (like 'PP.%') and, within it, the
-- default order by start date, from the index rather than from every row of the table.
create index program_evaluation_region_start on program_evaluation (region_code text_pattern_ops, start_date);
