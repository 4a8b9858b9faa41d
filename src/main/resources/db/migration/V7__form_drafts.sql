-- The form studio's drafts (docs/STUDIO.md, decision 0011): a template being defined, kept here and
-- not in the processes folder, so nothing reads it until it is published. Its sample page, the
-- sample's OCR lines (JSON), and its test set: scans as sent, the upright page images they were
-- read into with the words read (JSON), and the values the analyst says each should give.
create table gyomu_form_draft (
    id              varchar(64)  primary key,
    definition      text         not null,
    sample_png      bytea,
    sample_page     text,
    placements      text,
    blank_name      varchar(255),
    blank_content   bytea,
    accuracy        double precision,
    created_by      varchar(64)  not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    published_by    varchar(64),
    published_at    timestamp with time zone,
    -- SHA-256 of processes/<id>.bpmn as the studio wrote it: the studio may replace that file only
    -- while it is unchanged (an analyst's edit in Camunda Modeler makes it theirs)
    bpmn_sha256     char(64),
    bpmn_owner      varchar(16)
);

create table gyomu_form_draft_scan (
    id              varchar(36)  primary key,
    draft_id        varchar(64)  not null
                    references gyomu_form_draft (id) on delete cascade on update cascade,
    position        integer      not null,
    file_name       varchar(255) not null,
    content         bytea        not null,
    languages       varchar(64)  not null,
    error           varchar(2000),
    expected        text,
    created_at      timestamp with time zone not null
);
create index ix_gyomu_form_draft_scan_draft on gyomu_form_draft_scan (draft_id, position);

create table gyomu_form_draft_page (
    scan_id         varchar(36)  not null
                    references gyomu_form_draft_scan (id) on delete cascade,
    page_no         integer      not null,
    width           integer      not null,
    height          integer      not null,
    page_text       text         not null,
    png             bytea        not null,
    primary key (scan_id, page_no)
);
