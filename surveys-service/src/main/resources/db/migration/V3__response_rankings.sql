-- Rankings read an agency's or a region's responses of a period: by index, not by a scan of all.
create index survey_response_agency on survey_response (agency_code, survey_date);
create index survey_response_region on survey_response (region_code, survey_date);
