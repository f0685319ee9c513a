-- Run once by the postgres image on its first start (an empty data volume):
-- one database per service. Each service's Flyway migrations create its schema.
CREATE DATABASE simonev_programs;
CREATE DATABASE simonev_surveys;
CREATE DATABASE simonev_performance;
CREATE DATABASE simonev_reporting;
