-- Pages waiting for OCR when gyomu.ocr.workers=external (decision 0015): a node queues a page here
-- and waits for its text; an OCR worker (this node's own, or `./gyomu worker` anywhere) takes it
-- under a short lease it renews while reading. A worker that dies lets its lease lapse and another
-- takes the page; only the current lease holder's result is accepted, so no page is read twice
-- into a case. The node deletes the row once it has the result.
create table gyomu_ocr_page (
    id              varchar(36)  primary key,
    state           varchar(16)  not null,
    image_png       bytea        not null,
    dpi             integer      not null,
    languages       varchar(64)  not null,
    -- the page's own deadline (gyomu.ocr.page-deadline, shortened by its document's budget), counted
    -- from when a worker takes it, as in-process reading counts it
    page_limit_ms   bigint       not null,
    -- the document's budget ends: nobody takes or returns the page after it
    expires_at      timestamp with time zone not null,
    queued_by       varchar(255) not null,
    queued_at       timestamp with time zone not null,
    attempts        integer      not null,
    lease_holder    varchar(255),
    lease_token     varchar(36),
    lease_until     timestamp with time zone,
    taken_at        timestamp with time zone,
    result          text,
    failure_kind    varchar(16),
    failure         varchar(2000),
    read_by         varchar(255)
);
create index ix_gyomu_ocr_page_waiting on gyomu_ocr_page (state, queued_at);
