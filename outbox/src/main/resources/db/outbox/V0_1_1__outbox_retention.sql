-- Published events are removed after the retention (the topic is the log): this index finds
-- them without reading the rows still waiting, which the relay's own partial index serves.
create index outbox_event_published on outbox_event (published_at) where published_at is not null;
